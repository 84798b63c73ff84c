// The media-register vocabulary as the archivist reads it: wire codes (states,
// types, event kinds, wipe and destruction methods) → translated names, where
// a medium is now and who has it, and the reference lists the forms pick from.
// Codes unknown to this client are shown as they are.
#pragma once

#include "MediaProtocol.h"
#include "common/CommonTerms.h" // CodeName

#include <QCoreApplication>

class QComboBox;

namespace cp::client {

/// What the register's forms pick from, loaded once from the server.
struct MediaReference
{
    QList<cp::protocol::MediaLevel> levels;
    QList<cp::protocol::MediaPerson> people;
    QList<cp::protocol::MediaLocation> locations;

    std::optional<cp::protocol::MediaLevel> level(const QString& code) const;
    QString levelName(const QString& code) const;
};

class MediaTerms
{
    Q_DECLARE_TR_FUNCTIONS(MediaTerms)
  public:
    static QList<CodeName> states(); // in_store … destroyed
    static QString state(const QString& code);
    static QList<CodeName> types();
    static QString type(const QString& code);
    /// The events the register offers, in order. There is no lend, sell or give-away (seed 004 §12).
    static QList<CodeName> eventKinds();
    static QString kind(const QString& code); // also register, edit
    static QList<CodeName> wipeMethods();
    static QList<CodeName> destroyMethods();
    static QString method(const QString& code);
    static QString requestState(const QString& code);

    /// "在库：档案室保密柜", "送修：某维修中心", "外出：市大数据中心" …
    static QString whereNow(const cp::protocol::Medium& m);
    /// Who has it now: the holder while issued or carried out, otherwise the custodian.
    static QString whoHasIt(const cp::protocol::Medium& m);

    /// Fills a combo with people (data = account id); a first "—" entry when optional.
    static void fillPeople(QComboBox* combo, const QList<cp::protocol::MediaPerson>& people, bool optional);
    static void fillCodes(QComboBox* combo, const QList<CodeName>& items);
    static qint64 selectedId(const QComboBox* combo);
    static void selectData(QComboBox* combo, const QVariant& data);
};

} // namespace cp::client
