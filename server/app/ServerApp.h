// credit-server: the Poco ServerApplication. Without a command it serves
// until SIGTERM/SIGINT; commands do one administrative job and exit:
//   init            new encrypted database + the three separated bootstrap accounts
//   init-keys       the configured key files that are missing (database, audit, backup)
//   add-account     create one account bound to a certificate (local operator)
//   verify-audit    check the whole audit chain and its checkpoints, backup and export heads
//   seed            deterministic synthetic subjects and records (demo, training, benchmarks)
//   backup          an online encrypted full backup now, verified (as the scheduler makes it)
//   restore         a backup file into a NEW database file, verified (--from, --to)
#pragma once

#include <Poco/Util/ServerApplication.h>

#include <memory>

namespace cp::store {
class Database;
}

namespace cp::server {

struct ServerConfig;

class ServerApp final : public Poco::Util::ServerApplication
{
  protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

  private:
    int serve();
    int initDatabase();
    int initKeys();
    std::unique_ptr<store::Database> openForCommand(const ServerConfig& cfg);
    int addAccount();
    int verifyAudit();
    int seed();
    int seedDesk();
    int backup();
    int restore();
    void printHelp();

    bool m_helpRequested = false;
    std::string m_configFile;
    std::vector<std::pair<std::string, std::string>> m_defines;
};

} // namespace cp::server
