#pragma once

#include "core/common/units.h"
#include "ui/document/plandocument.h"

#include <QWidget>

namespace headroom::ui {

// Base of the result views: refreshes on every document change while visible, and once when
// shown again after changes made while it was hidden, so hidden charts cost nothing.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentView(PlanDocument *doc, QWidget *parent = nullptr);

    void setUnits(ByteUnits units);
    ByteUnits units() const { return m_units; }
    // Refreshes now if visible, else on the next show.
    void onDocumentChanged(bool architectureChanged);

protected:
    virtual void refresh() = 0;
    // Takes the colours of charts, banners and highlights from palette(); called before the
    // first refresh and again, followed by a refresh, whenever the palette changes.
    virtual void applyPalette() {}
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Bytes in the chosen display unit (GiB or GB), for axes.
    double toUnit(double bytes) const;
    QString unitName() const;

    PlanDocument *m_doc;

private:
    ByteUnits m_units = ByteUnits::Binary;
    void catchUp();

    bool m_dirty = true;
    bool m_paletteDirty = true;
};

} // namespace headroom::ui
