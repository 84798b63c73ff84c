#include "shell/ModulePlaceholder.h"

#include "app/DisplayNames.h"
#include "ui_ModulePlaceholder.h"

namespace cp::client {

ModulePlaceholder::ModulePlaceholder(cp::Module module, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::ModulePlaceholder>()), m_module(module)
{
    ui->setupUi(this);
    ui->titleLabel->setText(DisplayNames::module(module));
}

ModulePlaceholder::~ModulePlaceholder() = default;

} // namespace cp::client
