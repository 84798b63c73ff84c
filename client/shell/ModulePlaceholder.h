// The page of a module that a later release delivers.
#pragma once

#include "Roles.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ModulePlaceholder;
}

namespace cp::client {

class ModulePlaceholder : public QWidget
{
    Q_OBJECT
  public:
    explicit ModulePlaceholder(cp::Module module, QWidget* parent = nullptr);
    ~ModulePlaceholder() override;

    cp::Module module() const { return m_module; }

  private:
    std::unique_ptr<Ui::ModulePlaceholder> ui;
    cp::Module m_module;
};

} // namespace cp::client
