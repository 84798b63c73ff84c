-- Semicolons inside a trigger body and a string: split by SQLite's parser, not on ';'.
CREATE TRIGGER person_added AFTER INSERT ON person BEGIN
    INSERT INTO person_log (msg) VALUES ('added; ' || NEW.name);
END;
INSERT INTO person (name) VALUES ('张三; seed');
