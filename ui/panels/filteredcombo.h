#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace headroom::ui {

// A combo box with a search field above it: typing hides the entries that do not contain the
// text, and Enter picks the first match and clears the search. Entries without user data are
// group headers; they stay visible while a member matches.
class FilteredCombo : public QWidget
{
    Q_OBJECT
public:
    explicit FilteredCombo(QWidget *parent = nullptr);

    void clear();
    void addHeader(const QString &text);
    void addEntry(const QString &text, const QString &id, const QString &searchText, const QString &toolTip);
    // Shows the entry with `id`, or `otherwise` ("Custom", a model's name) when there is none.
    void setCurrentId(const QString &id, const QString &otherwise = {});
    QString currentId() const;
    QComboBox *combo() const { return m_combo; }
    QLineEdit *search() const { return m_search; }

signals:
    void activated(const QString &id);

private:
    void applyFilter(const QString &text);
    int firstMatch() const; // the first entry the search leaves visible, or -1

    QLineEdit *m_search;
    QComboBox *m_combo;
};

} // namespace headroom::ui
