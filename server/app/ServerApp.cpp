#include "app/ServerApp.h"

#include "domain/UnitOfWork.h"

#include "PasswordPolicy.h"
#include "app/CreditServer.h"
#include "app/ServerConfig.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/Sql.h"
#include "domain/audit/AuditAnchors.h"
#include "domain/audit/AuditCheckpoints.h"
#include "domain/audit/AuditKey.h"
#include "domain/audit/AuditLog.h"
#include "domain/auth/AccountStore.h"
#include "domain/auth/AuthService.h"
#include "domain/backup/BackupService.h"
#include "domain/seed/DeskSeed.h"
#include "domain/seed/SeedGenerator.h"
#include "store/Database.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/File.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/LoggingConfigurator.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <iostream>

namespace cp::server {
namespace {

using Poco::Util::Option;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Local commands act as the operator at the server's console.
AuditActor cliActor()
{
    return AuditActor{std::nullopt, QStringLiteral("cli"), QString(), QStringLiteral("local console")};
}

void printAccount(const QString& role, const QString& login, const CreatedAccount& c)
{
    std::cout << "  " << role.toStdString() << "\n"
              << "    login:            " << login.toStdString() << "\n"
              << "    initial password: " << c.initialPassword.toStdString()
              << "   (must be changed at first login)\n"
              << "    certificate:      " << c.certificate.subject.toStdString() << "\n"
              << "    serial:           " << c.certificate.serial.toStdString() << "\n"
              << "    sha256:           " << c.certificate.fingerprint.toStdString() << "\n";
}

/// Creates each configured key file that does not exist yet (never overwrites one).
void createMissingKeys(const ServerConfig& cfg)
{
    const auto create = [](const QString& path, const char* what, const char* advice) {
        if (path.isEmpty() || QFileInfo::exists(path))
            return;
        QByteArray key = store::generateKeyHex();
        store::writeKeyFile(path, key);
        store::wipe(key);
        std::cout << "new " << what << " written to " << path.toStdString() << " " << advice << "\n";
    };
    create(cfg.database.keyFile, "database key", "(mode 0600)");
    if (cfg.audit.keyFile.isEmpty())
        throw std::runtime_error("audit.keyFile is not configured: the audit chain needs its own key file");
    if (!QFileInfo::exists(cfg.audit.keyFile)) {
        create(cfg.audit.keyFile, "audit key",
               "(mode 0400): readable by the service user only, never by an administrator's account");
        QFile::setPermissions(cfg.audit.keyFile, QFile::ReadOwner);
    }
    if (cfg.backup.keyFile.isEmpty())
        std::cout
            << "backup.keyFile is not configured: backups are refused until it names a key of its own\n";
    create(cfg.backup.keyFile, "backup key",
           "(mode 0600): copy it to the offline safe now; no backup can be restored without it");
}

void printCheckpointKey(const AuditKey& key)
{
    const QString path = AuditCheckpointFile(auditTrust().checkpointFile).publishPublicKey(key);
    std::cout << "audit checkpoints: " << auditTrust().checkpointFile.toStdString() << "\n"
              << "checkpoint public key (give it to the security auditor): " << path.toStdString() << "\n"
              << "  SHA-256 " << key.checkpointPublicKeyFingerprint().toStdString() << "\n";
}

/// Writes the chain head to the checkpoint file when it moved (end of a command that appended).
void checkpointHead(store::Database& db)
{
    const SystemClock clock;
    AuditCheckpointer(db, clock, CheckpointPolicy{}).flush();
}

} // namespace

void ServerApp::defineOptions(Poco::Util::OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show this help and exit"));
    options.addOption(Option("config-file", "c", "load configuration from FILE (properties format)")
                          .argument("FILE")
                          .repeatable(false));
    options.addOption(Option("define", "D", "set configuration property NAME to VALUE (overrides the file)")
                          .argument("NAME=VALUE")
                          .repeatable(true));
    // init
    options.addOption(
        Option("sysadmin-cert", "", "init: certificate (PEM) of the system administrator").argument("PEM"));
    options.addOption(
        Option("secadmin-cert", "", "init: certificate (PEM) of the security administrator").argument("PEM"));
    options.addOption(
        Option("auditor-cert", "", "init: certificate (PEM) of the security auditor").argument("PEM"));
    // add-account
    options.addOption(Option("login", "", "add-account: login name").argument("NAME"));
    options.addOption(Option("name", "", "add-account: full (real) name").argument("TEXT"));
    options.addOption(Option("roles", "", "add-account: comma-separated role codes").argument("LIST"));
    options.addOption(Option("region", "", "add-account: 6-digit region code").argument("CODE"));
    options.addOption(Option("unit", "", "add-account: unit (work place)").argument("TEXT"));
    options.addOption(Option("id-number", "", "add-account: citizen ID number").argument("ID"));
    options.addOption(Option("cert", "", "add-account: certificate (PEM) to bind").argument("PEM"));
    // seed
    options.addOption(Option("subjects", "", "seed: number of synthetic subjects").argument("N"));
    options.addOption(Option("records", "", "seed: number of synthetic credit records").argument("M"));
    options.addOption(Option("seed", "", "seed: random seed (same seed, same data)").argument("S"));
    options.addOption(Option("append", "", "seed: allow adding to a database that already has subjects"));
    options.addOption(Option("from", "", "restore: the backup file").argument("FILE"));
    options.addOption(Option("to", "", "restore: the new database file (must not exist)").argument("FILE"));
}

void ServerApp::handleOption(const std::string& name, const std::string& value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        m_helpRequested = true;
        stopOptionsProcessing();
    } else if (name == "config-file") {
        m_configFile = value;
        loadConfiguration(value);
    } else if (name == "define") {
        const auto eq = value.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Poco::Util::InvalidArgumentException("--define needs NAME=VALUE");
        m_defines.emplace_back(value.substr(0, eq), value.substr(eq + 1));
    } else {
        config().setString("cli." + name, value);
    }
}

void ServerApp::initialize(Poco::Util::Application& self)
{
    // Definitions win over the file whatever the option order.
    for (const auto& [name, value] : m_defines)
        config().setString(name, value);
    ServerApplication::initialize(self);
    if (config().has("logging.loggers.root.channel")) {
        Poco::Util::LoggingConfigurator().configure(configPtr());
    } else {
        Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);
        Poco::Logger::root().setChannel(console);
    }
}

void ServerApp::printHelp()
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage(
        "[OPTIONS] [init | init-keys | add-account | verify-audit | seed | seed-desk | backup | restore]");
    help.setHeader(
        "Credit platform application server: HTTPS with mutual TLS, JSON API under /api/v1. "
        "Without a command it serves until SIGTERM or SIGINT. Commands: "
        "init - create a new encrypted database and the three separated bootstrap accounts "
        "(needs --sysadmin-cert, --secadmin-cert, --auditor-cert); creates missing key files like init-keys; "
        "init-keys - create the configured database, audit and backup key files that do not exist yet "
        "(never overwrites) and print the audit checkpoint public key for the auditor; "
        "add-account - create one account bound to --cert (needs --login, --name, --roles, --region); "
        "verify-audit - check the whole audit chain and compare it with every checkpoint, backup head and "
        "export "
        "head (exit code 1: a broken link, named; 2: truncated, a forged anchor or missing checkpoints); "
        "seed - fill a demo, training or benchmark database with deterministic synthetic subjects and "
        "records "
        "(--subjects, --records, --seed; never on a production database); "
        "seed-desk - add a demo storage-media register (needs archivist, approver, clerk and officer "
        "accounts; "
        "entered through the media rules and audited; never on a production database); "
        "backup - make an online encrypted full backup now into backup.directory and verify it; "
        "restore - restore the backup --from into the new file --to, keyed with the database key, and verify "
        "its integrity and audit chain (never overwrites; swap files with the server stopped, see README).");
    help.setFooter("Example configuration: /usr/share/doc/credit-platform/credit-server.properties");
    help.format(std::cout);
}

int ServerApp::main(const std::vector<std::string>& args)
{
    if (m_helpRequested) {
        printHelp();
        return EXIT_OK;
    }
    if (m_configFile.empty()) {
        std::cerr << "credit-server: --config-file is required (see --help)\n";
        return EXIT_USAGE;
    }
    try {
        const std::string command = args.empty() ? "" : args.front();
        if (command.empty())
            return serve();
        if (command == "init")
            return initDatabase();
        if (command == "init-keys")
            return initKeys();
        if (command == "add-account")
            return addAccount();
        if (command == "verify-audit")
            return verifyAudit();
        if (command == "seed")
            return seed();
        if (command == "seed-desk")
            return seedDesk();
        if (command == "backup")
            return backup();
        if (command == "restore")
            return restore();
        std::cerr << "credit-server: unknown command '" << command << "' (see --help)\n";
        return EXIT_USAGE;
    } catch (const DomainError& e) {
        std::cerr << "credit-server: " << e.messageZh().toStdString() << " (" << e.what() << ")\n";
        return EXIT_DATAERR;
    } catch (const std::exception& e) {
        std::cerr << "credit-server: " << e.what() << "\n";
        return EXIT_SOFTWARE;
    }
}

int ServerApp::serve()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    SystemClock clock;
    CreditServer server(cfg, loadDatabaseKey(cfg.database), clock);
    server.start();
    logger().information("credit-server %s ready", std::string(kServerVersion));
    waitForTerminationRequest();
    logger().information("shutting down");
    server.stop();
    return EXIT_OK;
}

int ServerApp::initDatabase()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    if (cfg.database.path.isEmpty())
        throw std::runtime_error("database.path is not configured");
    if (QFileInfo::exists(cfg.database.path))
        throw std::runtime_error("database already exists: " + cfg.database.path.toStdString() +
                                 " (init never overwrites a database)");
    const std::string sysCert = config().getString("cli.sysadmin-cert", "");
    const std::string secCert = config().getString("cli.secadmin-cert", "");
    const std::string audCert = config().getString("cli.auditor-cert", "");
    if (sysCert.empty() || secCert.empty() || audCert.empty())
        throw std::runtime_error("init needs --sysadmin-cert, --secadmin-cert and --auditor-cert");

    // The initial policy comes from the configuration (auth.*); the security
    // admin changes it later in the console. Weaker than SPEC §8 is refused.
    PasswordPolicy policy;
    policy.minLength = config().getInt("auth.passwordMinLength", policy.minLength);
    policy.maxAgeDays = config().getInt("auth.passwordMaxAgeDays", policy.maxAgeDays);
    policy.lockoutThreshold = config().getInt("auth.lockoutThreshold", policy.lockoutThreshold);
    policy.lockoutMinutes = config().getInt("auth.lockoutMinutes", policy.lockoutMinutes);
    policy.idleTimeoutMinutes = config().getInt("auth.idleTimeoutMinutes", policy.idleTimeoutMinutes);
    if (const auto problems = policyProblemsZh(policy); !problems.isEmpty())
        throw std::runtime_error("auth.* configuration is weaker than the rules allow: " +
                                 problems.join(QStringLiteral("; ")).toStdString());
    const QString checkpoints = cfg.audit.checkpointFile(cfg.database);
    if (QFileInfo(checkpoints).size() > 0)
        throw std::runtime_error("the audit checkpoint file " + checkpoints.toStdString() +
                                 " belongs to another database: move it aside (the auditor keeps it) first");

    createMissingKeys(cfg);
    QByteArray key = loadDatabaseKey(cfg.database);
    QByteArray backupKey = loadBackupKey(cfg.backup);
    const auto auditKey = installAuditTrustFrom(cfg, key, backupKey);
    if (!backupKey.isEmpty() && backupKey == key)
        throw std::runtime_error("backup.keyFile holds the database key: backups need a key of their own");
    store::wipe(backupKey);
    struct Bootstrap
    {
        const char* login;
        const char* name;
        const char* role;
        CertificateBinding cert;
    };
    // Read every certificate before anything is created: a bad file fails early.
    const Bootstrap accounts[] = {
        {"sysadmin", "系统管理员", "sysadmin", AuthService::readCertificateFile(q(sysCert))},
        {"secadmin", "安全管理员", "secadmin", AuthService::readCertificateFile(q(secCert))},
        {"auditor", "安全审计员", "auditor", AuthService::readCertificateFile(q(audCert))},
    };

    // Built under a temporary name and renamed when complete: a failed init leaves
    // no half-made database that a second init would refuse to replace.
    const QString partial = cfg.database.path + QStringLiteral(".init-partial");
    auto removePartial = [&] {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    std::vector<std::pair<QString, CreatedAccount>> created;
    try {
        auto db = openDatabase(partial, key);
        SystemClock clock;
        QSqlDatabase conn = db->connection();
        {
            UnitOfWork work(conn, clock, cliActor());
            AccountStore(conn).setPolicy(policy, work.now());
            work.commit();
        }
        AuthService auth(conn, clock);
        for (const auto& b : accounts) {
            AccountRequest req;
            req.account.login = QString::fromLatin1(b.login);
            req.account.fullName = QString::fromUtf8(b.name);
            req.account.regionCode = q(config().getString("cli.region", "360200"));
            req.account.roles = {QString::fromLatin1(b.role)};
            created.emplace_back(QString::fromUtf8(b.name), auth.createAccount(req, b.cert, cliActor()));
        }
        conn = QSqlDatabase();
    } catch (...) {
        removePartial();
        throw;
    }
    if (!QFile::rename(partial, cfg.database.path)) {
        removePartial();
        throw std::runtime_error("cannot move the new database to " + cfg.database.path.toStdString());
    }
    {
        auto db = openDatabase(cfg.database.path, key);
        checkpointHead(*db); // the first line of the checkpoint file
    }
    key.fill('\0');
    printCheckpointKey(*auditKey);
    std::cout << "created encrypted database " << cfg.database.path.toStdString() << "\n"
              << "bootstrap accounts (three different people; write the passwords down now, they are not "
                 "shown again):\n";
    for (size_t i = 0; i < created.size(); ++i)
        printAccount(created[i].first, QString::fromLatin1(accounts[i].login), created[i].second);
    return EXIT_OK;
}

int ServerApp::initKeys()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    createMissingKeys(cfg);
    QByteArray key = loadDatabaseKey(cfg.database);
    QByteArray backupKey = loadBackupKey(cfg.backup);
    const auto auditKey = installAuditTrustFrom(cfg, key, backupKey);
    const bool sameBackupKey = !backupKey.isEmpty() && backupKey == key;
    store::wipe(key);
    store::wipe(backupKey);
    if (sameBackupKey)
        throw std::runtime_error("backup.keyFile holds the database key: backups need a key of their own");
    if (QFileInfo::exists(cfg.database.path)) { // an upgrade: the head so far goes outside the database now
        auto db = openForCommand(cfg);
        checkpointHead(*db);
    }
    printCheckpointKey(*auditKey);
    return EXIT_OK;
}

/// The database for a command, with the audit key installed first (every append is keyed).
std::unique_ptr<store::Database> ServerApp::openForCommand(const ServerConfig& cfg)
{
    QByteArray key = loadDatabaseKey(cfg.database);
    installAuditTrustFrom(cfg, key);
    auto db = openDatabase(cfg.database.path, key);
    store::wipe(key);
    return db;
}

int ServerApp::addAccount()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    auto db = openForCommand(cfg);
    SystemClock clock;
    AuthService auth(db->connection(), clock);
    AccountRequest req;
    req.account.login = q(config().getString("cli.login", ""));
    req.account.fullName = q(config().getString("cli.name", ""));
    req.account.roles = q(config().getString("cli.roles", "")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    req.account.regionCode = q(config().getString("cli.region", ""));
    req.account.unit = q(config().getString("cli.unit", ""));
    req.account.idNumber = q(config().getString("cli.id-number", ""));
    const std::string cert = config().getString("cli.cert", "");
    if (cert.empty())
        throw std::runtime_error("add-account needs --cert");
    const auto created = auth.createAccount(req, AuthService::readCertificateFile(q(cert)), cliActor());
    checkpointHead(*db);
    printAccount(req.account.fullName, req.account.login, created);
    return EXIT_OK;
}

int ServerApp::seed()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    auto db = openDatabase(cfg.database.path, loadDatabaseKey(cfg.database));
    QSqlDatabase conn = db->connection();
    SeedOptions opt;
    opt.subjects = config().getInt64("cli.subjects", opt.subjects);
    opt.records = config().getInt64("cli.records", opt.records);
    opt.seed = config().getUInt64("cli.seed", opt.seed);
    opt.append = config().has("cli.append");
    opt.today = chinaDate(SystemClock().now());
    int lastPercent = -1;
    const auto result = seedDatabase(conn, opt, [&](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10)
            std::cout << "  " << percent << "% (" << done << " of " << total << " rows)\n" << std::flush;
        lastPercent = percent;
    });
    std::cout << "seeded " << result.subjects << " subjects and " << result.records << " records in "
              << result.milliseconds << " ms\n";
    // A few subjects with records, for trying out the window.
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT s.kind, s.id_number, s.name, count(r.id) AS records FROM subjects s "
        "JOIN credit_records r ON r.subject_id = s.id GROUP BY s.id, s.kind, s.id_number, s.name "
        "HAVING count(r.id) >= 3 ORDER BY s.id LIMIT 6"));
    sql::Rows samples(std::move(q));
    std::cout << "sample subjects:\n";
    while (samples.next())
        std::cout << "  " << (samples.text("kind") == QLatin1String("natural") ? "person " : "company ")
                  << samples.text("id_number").toStdString() << "  " << samples.text("name").toStdString()
                  << "  (" << samples.number("records") << " records)\n";
    return EXIT_OK;
}

int ServerApp::seedDesk()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    auto db = openForCommand(cfg);
    QSqlDatabase conn = db->connection();
    const SystemClock clock;
    const auto result = cp::server::seedDesk(conn, clock);
    checkpointHead(*db);
    std::cout << "registered " << result.media << " storage media with " << result.events
              << " lifecycle events\n";
    return EXIT_OK;
}

int ServerApp::verifyAudit()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    auto db = openForCommand(cfg);
    QSqlDatabase conn = db->connection();
    const AuditVerification v = AuditAnchors::verify(conn);
    const auto anchors = [&v] {
        return std::to_string(v.checkpoints) + " checkpoints, " + std::to_string(v.backupHeads) +
               " backup heads, " + std::to_string(v.exportHeads) + " export heads";
    };
    if (v.ok) {
        std::cout << "audit chain OK: " << v.entries << " entries, head " << v.headHash.toStdString() << "\n"
                  << "keyed from entry " << v.keyedFromSeq << " (" << v.legacyEntries
                  << " unkeyed entries of an earlier version before it); compared with " << anchors() << "\n";
        return EXIT_OK;
    }
    if (v.status == QLatin1String("broken")) {
        std::cout << "audit chain BROKEN at entry " << v.firstBrokenSeq << ": " << v.reason.toStdString()
                  << "\n"
                  << "entries before it verified: " << v.entries << "\n";
        return 1;
    }
    const char* what = v.status == QLatin1String("truncated")        ? "TRUNCATED"
                       : v.status == QLatin1String("anchor_invalid") ? "ANCHOR FORGED"
                                                                     : "CHECKPOINTS MISSING";
    std::cout << "audit chain " << what << ": " << v.anchorProblem.toStdString() << "\n"
              << "the links of all " << v.entries << " entries verify; compared with " << anchors() << "\n";
    return 2;
}

int ServerApp::backup()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    QByteArray dbKey = loadDatabaseKey(cfg.database);
    QByteArray backupKey = loadBackupKey(cfg.backup);
    installAuditTrustFrom(cfg, dbKey, backupKey);
    auto db = openDatabase(cfg.database.path, dbKey);
    SystemClock clock;
    BackupService service(*db, clock, backupSettings(cfg), dbKey, backupKey);
    store::wipe(dbKey);
    store::wipe(backupKey);
    const protocol::BackupInfo b =
        service.backupNow(QStringLiteral("manual"), AuditActor{std::nullopt, QStringLiteral("cli"), QString(),
                                                               QStringLiteral("local")});
    checkpointHead(*db);
    std::cout << "backup " << QDir(service.settings().directory).filePath(b.fileName).toStdString() << "\n"
              << b.sizeBytes << " bytes, SHA-256 " << b.sha256.toStdString() << ", audit entries up to "
              << b.auditHeadSeq << "; verified: " << b.verifyDetail.toStdString() << "\n";
    return EXIT_OK;
}

int ServerApp::restore()
{
    const ServerConfig cfg = ServerConfig::fromPoco(config());
    const QString from = QString::fromStdString(config().getString("cli.from", ""));
    const QString to = QString::fromStdString(config().getString("cli.to", ""));
    if (from.isEmpty() || to.isEmpty()) {
        std::cerr << "credit-server: restore needs --from=BACKUP and --to=NEW_FILE\n";
        return EXIT_USAGE;
    }
    if (QFileInfo(to).absoluteFilePath() == QFileInfo(cfg.database.path).absoluteFilePath()) {
        std::cerr << "credit-server: restore never writes the live database; give a new file with --to\n";
        return EXIT_USAGE;
    }
    QByteArray dbKey = loadDatabaseKey(cfg.database);
    QByteArray backupKey = loadBackupKey(cfg.backup);
    installAuditTrustFrom(cfg, dbKey, backupKey); // the backup's own chain is keyed too
    backupKey = BackupService::keyFor(from, backupKey, dbKey);
    const protocol::RestoreResult r = BackupService::restoreFile(from, to, backupKey, dbKey);
    store::wipe(backupKey);
    std::cout << "restored " << from.toStdString() << " into " << r.target.toStdString() << "\n"
              << "backup SHA-256 " << r.sha256.toStdString() << "; " << r.tables
              << " tables; audit chain OK (" << r.auditEntries << " entries)\n";
    // The restore goes into the live chain too, when there is one to write to.
    if (QFileInfo::exists(cfg.database.path)) {
        auto db = openDatabase(cfg.database.path, dbKey);
        QSqlDatabase conn = db->connection();
        SystemClock clock;
        UnitOfWork work(conn, clock,
                        AuditActor{std::nullopt, QStringLiteral("cli"), QString(), QStringLiteral("local")});
        work.audit(QStringLiteral("backup.restore"), QStringLiteral("file:") + QFileInfo(from).fileName(),
                   QStringLiteral("ok"),
                   QJsonObject{{QStringLiteral("target"), r.target},
                               {QStringLiteral("sha256"), r.sha256},
                               {QStringLiteral("auditEntries"), r.auditEntries}});
        work.commit();
        checkpointHead(*db);
    }
    store::wipe(dbKey);
    return EXIT_OK;
}

} // namespace cp::server
