// credit-server: the Poco ServerApplication. Without a command it serves
// until SIGTERM/SIGINT; commands do one administrative job and exit:
//   init            new encrypted database + the three separated bootstrap accounts
//   add-account     create one account bound to a certificate (local operator)
//   verify-audit    check the whole audit chain, report the first broken entry
//   seed            deterministic synthetic subjects and records (demo, training, benchmarks)
//   backup          an online encrypted full backup now, verified (as the scheduler makes it)
//   restore         a backup file into a NEW database file, verified (--from, --to)
#pragma once

#include <Poco/Util/ServerApplication.h>

namespace cp::server {

class ServerApp final : public Poco::Util::ServerApplication {
protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    int serve();
    int initDatabase();
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
