#include "media/MediaTerms.h"

#include <QComboBox>

namespace cp::client {

using cp::protocol::Medium;

std::optional<cp::protocol::MediaLevel> MediaReference::level(const QString& code) const
{
    for (const auto& l : levels)
        if (l.code == code)
            return l;
    return std::nullopt;
}

QString MediaReference::levelName(const QString& code) const
{
    const auto l = level(code);
    return l ? l->name : code;
}

namespace {

QString nameIn(const QList<CodeName>& list, const QString& code)
{
    for (const auto& c : list)
        if (c.code == code)
            return c.name;
    return code;
}

} // namespace

QList<CodeName> MediaTerms::states()
{
    return {{QStringLiteral("in_store"), tr("In store")},
            {QStringLiteral("issued"), tr("Issued")},
            {QStringLiteral("carried_out"), tr("Carried out")},
            {QStringLiteral("in_repair"), tr("In repair")},
            {QStringLiteral("retired"), tr("Replaced, awaiting destruction")},
            {QStringLiteral("destroyed"), tr("Destroyed")}};
}

QString MediaTerms::state(const QString& code)
{
    return nameIn(states(), code);
}

QList<CodeName> MediaTerms::types()
{
    return {
        {QStringLiteral("hard_disk"), tr("Hard disk")}, {QStringLiteral("floppy_disk"), tr("Floppy disk")},
        {QStringLiteral("usb_drive"), tr("USB drive")}, {QStringLiteral("optical_disc"), tr("Optical disc")},
        {QStringLiteral("tape"), tr("Tape")},           {QStringLiteral("microfilm"), tr("Microfilm")}};
}

QString MediaTerms::type(const QString& code)
{
    return nameIn(types(), code);
}

QList<CodeName> MediaTerms::eventKinds()
{
    return {{QStringLiteral("issue"), tr("Issue to a user")},
            {QStringLiteral("return"), tr("Return")},
            {QStringLiteral("replace"), tr("Replace")},
            {QStringLiteral("wipe"), tr("Wipe record")},
            {QStringLiteral("repair"), tr("Send for repair")},
            {QStringLiteral("repair_return"), tr("Back from repair")},
            {QStringLiteral("destroy"), tr("Destroy")},
            {QStringLiteral("carry_out"), tr("Carry out of the premises")},
            {QStringLiteral("carry_back"), tr("Back from carry-out")}};
}

QString MediaTerms::kind(const QString& code)
{
    if (code == QLatin1String("register"))
        return tr("Registered");
    if (code == QLatin1String("edit"))
        return tr("Register entry changed");
    return nameIn(eventKinds(), code);
}

QList<CodeName> MediaTerms::wipeMethods()
{
    return {{QStringLiteral("overwrite"), tr("Multi-pass overwrite")},
            {QStringLiteral("secure_erase"), tr("Secure-erase command")},
            {QStringLiteral("crypto_erase"), tr("Cryptographic erase")},
            {QStringLiteral("degauss"), tr("Degaussing")}};
}

QList<CodeName> MediaTerms::destroyMethods()
{
    return {{QStringLiteral("shred"), tr("Physical shredding")},
            {QStringLiteral("degauss_crush"), tr("Degauss and crush")},
            {QStringLiteral("incinerate"), tr("Incineration")},
            {QStringLiteral("melt"), tr("Melting")}};
}

QString MediaTerms::method(const QString& code)
{
    QList<CodeName> all = wipeMethods();
    all += destroyMethods();
    return nameIn(all, code);
}

QString MediaTerms::requestState(const QString& code)
{
    return nameIn({{QStringLiteral("pending"), tr("Awaiting approval")},
                   {QStringLiteral("approved"), tr("Approved")},
                   {QStringLiteral("rejected"), tr("Rejected")},
                   {QStringLiteral("used"), tr("Used")}},
                  code);
}

QString MediaTerms::whereNow(const Medium& m)
{
    if (m.state == QLatin1String("issued"))
        return tr("With %1").arg(m.holder.name);
    if (m.state == QLatin1String("carried_out") && m.overdue)
        return tr("Out: %1, overdue (due back %2)").arg(m.whereabouts, CommonTerms::date(m.dueBack));
    if (m.state == QLatin1String("carried_out") && m.dueBack.isValid())
        return tr("Out: %1, due back %2").arg(m.whereabouts, CommonTerms::date(m.dueBack));
    if (m.state == QLatin1String("carried_out"))
        return tr("Out: %1").arg(m.whereabouts);
    if (m.state == QLatin1String("in_repair"))
        return tr("In repair: %1").arg(m.whereabouts);
    if (m.state == QLatin1String("destroyed"))
        return tr("Destroyed");
    return tr("In %1").arg(m.locationName);
}

QString MediaTerms::whoHasIt(const Medium& m)
{
    if ((m.state == QLatin1String("issued") || m.state == QLatin1String("carried_out")) && m.holder.isSet() &&
        m.holder.id != m.custodian.id)
        return tr("%1 (custodian %2)").arg(m.holder.name, m.custodian.name);
    return m.custodian.name;
}

void MediaTerms::fillPeople(QComboBox* combo, const QList<cp::protocol::MediaPerson>& people, bool optional)
{
    combo->clear();
    if (optional)
        combo->addItem(tr("— none —"), qint64(0));
    for (const auto& p : people)
        combo->addItem(p.unit.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.unit), p.id);
    combo->setCurrentIndex(optional ? 0 : -1);
}

void MediaTerms::fillCodes(QComboBox* combo, const QList<CodeName>& items)
{
    combo->clear();
    for (const auto& c : items)
        combo->addItem(c.name, c.code);
}

qint64 MediaTerms::selectedId(const QComboBox* combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

void MediaTerms::selectData(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace cp::client
