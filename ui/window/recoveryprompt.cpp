#include "ui/window/recoveryprompt.h"

#include "ui/document/autosaverecovery.h"
#include "ui/window/mainwindow.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace headroom::ui {

namespace {
enum class Choice { Recover, Discard, Later };

Choice ask(QWidget *parent, const RecoveryFile &file)
{
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Recover Unsaved Changes"),
                    MainWindow::tr("Headroom quit unexpectedly. Recover the unsaved changes to %1 from %2?")
                        .arg(file.displayName(), QLocale().toString(file.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(MainWindow::tr("Keep for Later leaves the recovery file and asks again at the "
                                          "next start. Discard deletes it."));
    QPushButton *recover = box.addButton(MainWindow::tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(MainWindow::tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(MainWindow::tr("&Keep for Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.setEscapeButton(later); // closing the box must not delete anything
    box.exec();
    if (box.clickedButton() == recover)
        return Choice::Recover;
    return box.clickedButton() == discard ? Choice::Discard : Choice::Later;
}

bool isFree(const MainWindow *window, const RecoveryFile &file)
{
    const PlanDocument *doc = window->document();
    return !doc->isModified() &&
           (doc->filePath().isEmpty() || QFileInfo(doc->filePath()).absoluteFilePath() == file.originalPath);
}
} // namespace

int offerRecovery(MainWindow *window, RecoveryMode mode, const QString &dir)
{
    std::vector<RecoveryFile> files = AutosaveRecovery::findOrphans(dir);
    if (mode == RecoveryMode::Skip) {
        if (!files.empty())
            qWarning("headroom: %d recovery file(s) in %s kept for later (--no-recover)", int(files.size()),
                     qPrintable(dir));
        return 0;
    }
    int recovered = 0;
    for (RecoveryFile &file : files) {
        const Choice choice = mode == RecoveryMode::RecoverAll ? Choice::Recover : ask(window, file);
        if (choice == Choice::Later)
            continue;
        if (choice == Choice::Discard) {
            AutosaveRecovery::remove(file);
            continue;
        }
        Plan plan;
        QString error;
        if (!AutosaveRecovery::load(file, plan, &error)) {
            qWarning("headroom: %s", qPrintable(error));
            if (mode == RecoveryMode::Ask)
                QMessageBox::warning(window, MainWindow::tr("Cannot recover plan"), error);
            continue;
        }
        MainWindow *target = window;
        if (recovered > 0 || !isFree(window, file)) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        // The old copy goes only once the window's own copy is on disk: a second crash right now
        // must still find the changes somewhere.
        if (target->restoreRecovered(plan, file.originalPath))
            AutosaveRecovery::remove(file);
        ++recovered;
    }
    return recovered;
}

} // namespace headroom::ui
