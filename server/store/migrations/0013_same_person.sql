-- Separation of duties (attack review, issue 11 finding 10; SPEC §3.7; seed 003 附件1.五(六)):
-- a walk-in answer deadline is extended by the credit authority's approver, who is neither
-- the clerk who registered the application (clerk_id) nor the one who deferred it. The
-- deferral is recorded with who made it; earlier deferrals are taken from the audit chain,
-- where every deferral is an entry (walkin.defer). ADD COLUMN runs on SQLite 3.15 and PostgreSQL.
ALTER TABLE walkin_applications ADD COLUMN deferred_by INTEGER REFERENCES accounts(id);
UPDATE walkin_applications
   SET deferred_by = (SELECT l.account_id FROM audit_log l
                       WHERE l.action = 'walkin.defer' AND l.outcome = 'ok'
                         AND l.target = 'application:' || walkin_applications.id
                       ORDER BY l.seq LIMIT 1)
 WHERE due_date IS NOT NULL;
