<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/accounts/users_panel.py" line="+74"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login (no accents):</source>
        <translation>Login (no accents):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-51"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked by the admin</source>
        <translation>locked by the admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../desktop/late/apology_dialog.py" line="+47"/>
        <source>Apology and new appointment — %1</source>
        <translation>Apology and new appointment — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own fault (chủ quan)</source>
        <translation>Own fault (chủ quan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External (khách quan)</source>
        <translation>External (khách quan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chairman&apos;s name from the settings</source>
        <translation>Chairman&apos;s name from the settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed over in person</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS text</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the delay:</source>
        <translation>Reason for the delay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment:</source>
        <translation>New appointment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by:</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SMS text</source>
        <translation>Copy SMS text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text for SMS or email:</source>
        <translation>Text for SMS or email:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue and print…</source>
        <translation>Issue and print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory due moment: %1 (it never changes). The letter is due by %2.</source>
        <translation>Statutory due moment: %1 (it never changes). The letter is due by %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dossier was already re-appointed (until %1). Only one re-appointment is allowed: a second one needs an admin and a written reason.</source>
        <translation>This dossier was already re-appointed (until %1). Only one re-appointment is allowed: a second one needs an admin and a written reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admin override</source>
        <translation>Admin override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a second re-appointment is allowed</source>
        <translation>Why a second re-appointment is allowed</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/compose.py" line="+210"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Dossiers</source>
        <extracomment>How long after the list has painted the watchers start (building the board takes the GUI thread a moment: the clerk&apos;s first scroll or click comes first).</extracomment>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial hand-over</source>
        <translation>Provincial hand-over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This desk now holds the office key.</source>
        <translation>This desk now holds the office key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data key</source>
        <translation>Data key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open the board</source>
        <translation>Open the board</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The backup is restored. The data it replaced was backed up first (%1). The program closes now: open it again to go on.</source>
        <translation>The backup is restored. The data it replaced was backed up first (%1). The program closes now: open it again to go on.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="+265"/>
        <source>The desk was locked after %1 minutes without use: log in again.</source>
        <translation>The desk was locked after %1 minutes without use: log in again.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Demo office: log in as %1 with the password %2.</source>
        <translation>Demo office: log in as %1 with the password %2.</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../desktop/intake/applicant_form.py" line="+31"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name as on the identity card</source>
        <translation>Full name as on the identity card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the QR code of the identity card (F4)</source>
        <translation>Scan the QR code of the identity card (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code on the citizen&apos;s chip-based identity card: the name, identity number and address are filled from it, nothing is saved. A scan into any field of this page does the same (F4).</source>
        <translation>Scan the QR code on the citizen&apos;s chip-based identity card: the name, identity number and address are filled from it, nothing is saved. A scan into any field of this page does the same (F4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Card QR:</source>
        <translation>Card QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity no. (CCCD):</source>
        <translation>Identity no. (CCCD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Read from the identity card&apos;s QR code</source>
        <translation>Read from the identity card&apos;s QR code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the CCCD: %1, born %2, %3</source>
        <translation>Read from the CCCD: %1, born %2, %3</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../desktop/auto_backup.py" line="+48"/>
        <source>Passphrase of the data key</source>
        <translation>Passphrase of the data key</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic backups are off: no data key.</source>
        <translation>Automatic backups are off: no data key.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backed up and checked: %1</source>
        <translation>Backed up and checked: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../desktop/backup/panel.py" line="+69"/>
        <source>&amp;Back up now</source>
        <extracomment>A restore finished: the composition root closes the window (the database must be reopened).</extracomment>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are encrypted with the office&apos;s data key and checked after writing; 14 daily and 12 monthly ones are kept, beside the database and in the second folder if one is set (Settings → Office settings → Backups). A restore first backs up what it replaces.</source>
        <translation>Backups are encrypted with the office&apos;s data key and checked after writing; 14 daily and 12 monthly ones are kept, beside the database and in the second folder if one is set (Settings → Office settings → Backups). A restore first backs up what it replaces.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No data key on this desk: backups cannot be made or read here.</source>
        <translation>No data key on this desk: backups cannot be made or read here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up and checked: %1</source>
        <translation>Backed up and checked: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is sound: it decrypts, passes the integrity check and its row counts match.</source>
        <translation>%1 is sound: it decrypts, passes the integrity check and its row counts match.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the office&apos;s data with the backup of %1 (%2 dossiers)? What is there now is backed up first and no backup is deleted. The program closes afterwards: open it again.</source>
        <translation>Replace the office&apos;s data with the backup of %1 (%2 dossiers)? What is there now is backed up first and no backup is deleted. The program closes afterwards: open it again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A backup of another office</source>
        <translation>A backup of another office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it anyway, replacing this office&apos;s data? This is written into the audit trail.</source>
        <translation>Restore it anyway, replacing this office&apos;s data? This is written into the audit trail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location line="-148"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at exit</source>
        <translation>at exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../../desktop/late/board_model.py" line="+26"/>
        <source>No apology yet</source>
        <translation>No apology yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apology issued, new appointment %1</source>
        <translation>Apology issued, new appointment %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment %1 has passed too</source>
        <translation>New appointment %1 has passed too</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (statutory)</source>
        <translation>Due (statutory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/work_calendar/page.py" line="+82"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special days</source>
        <translation>Special days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a due date</source>
        <translation>Try a due date</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reload the year</source>
        <translation>Reload the year</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Confirm the %1 calendar</source>
        <translation>&amp;Confirm the %1 calendar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified table</source>
        <translation>Verified table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the office</source>
        <translation>Confirmed by the office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by the office</source>
        <translation>Edited by the office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provisional – not confirmed</source>
        <translation>Provisional – not confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days off are estimated by rule; check them against the official notice for the year, correct them, then confirm.</source>
        <translation>days off are estimated by rule; check them against the official notice for the year, correct them, then confirm.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../desktop/catalog/catalog_model.py" line="+21"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee (VND)</source>
        <translation>Fee (VND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/catalog/data.py" line="+57"/>
        <source>Same day (cut-off %1)</source>
        <translation>Same day (cut-off %1)</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../desktop/catalog/catalog_panel.py" line="+51"/>
        <source>Search by code or name, accents optional</source>
        <translation>Search by code or name, accents optional</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw / offer again</source>
        <translation>&amp;Withdraw / offer again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search the catalog</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+25"/>
        <source>Choose a procedure first.</source>
        <translation>Choose a procedure first.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import the catalog</source>
        <translation>Import the catalog</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n procedure(s).</source>
        <translation>
            <numerusform>Imported %n procedure.</numerusform>
            <numerusform>Imported %n procedures.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n procedure(s).</source>
        <translation>
            <numerusform>Exported %n procedure.</numerusform>
            <numerusform>Exported %n procedures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/report/cell_dialog.py" line="+45"/>
        <source>%n dossier(s).</source>
        <translation>
            <numerusform>%n dossier.</numerusform>
            <numerusform>%n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No dossier in this cell.</source>
        <translation>No dossier in this cell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../desktop/report/changes_view.py" line="+123"/>
        <source>Changes since the submission</source>
        <translation>Changes since the submission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures differ from revision %1 as submitted. Submit again to record them as a new revision.</source>
        <translation>These figures differ from revision %1 as submitted. Submit again to record them as a new revision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <location line="-89"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop/intake/checklist_model.py" line="+102"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitised</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed in</source>
        <translation>Handed in</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>✓ %n file(s)</source>
        <translation>
            <numerusform>✓ %n file</numerusform>
            <numerusform>✓ %n files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scanned file yet: Scan/Attach… or drop a file on the row</source>
        <translation>No scanned file yet: Scan/Attach… or drop a file on the row</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../desktop/intake/checklist_pane.py" line="+27"/>
        <source>Scan/Atta&amp;ch…</source>
        <translation>Scan/Atta&amp;ch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned files of the chosen component, attached with the dossier (or drop them on its row)</source>
        <translation>Scanned files of the chosen component, attached with the dossier (or drop them on its row)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove files</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach the files chosen for this component</source>
        <translation>Do not attach the files chosen for this component</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Components&lt;/b&gt; — tick what the citizen handed in (Space)</source>
        <translation>&lt;b&gt;Components&lt;/b&gt; — tick what the citizen handed in (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All handed in</source>
        <translation>&amp;All handed in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance for the citizen (printed on the supplement slip):</source>
        <translation>Guidance for the citizen (printed on the supplement slip):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to add or correct, and how</source>
        <translation>What to add or correct, and how</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n needed component(s) not handed in: the dossier is incomplete.</source>
        <translation>
            <numerusform>%n needed component not handed in: the dossier is incomplete.</numerusform>
            <numerusform>%n needed components not handed in: the dossier is incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every needed component is handed in.</source>
        <translation>Every needed component is handed in.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../desktop/widgets/code_scan.py" line="+59"/>
        <source>Dossier code or scan the receipt (F2)</source>
        <extracomment>Longest pause between two keys of a scanner&apos;s burst, in seconds. A citizen&apos;s card QR scanned into this box by mistake: handed on, not looked up as a code.</extracomment>
        <translation>Dossier code or scan the receipt (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or scan the code on the receipt, then Enter: the dossier opens at once.</source>
        <translation>Type or scan the code on the receipt, then Enter: the dossier opens at once.</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../desktop/core_words.py" line="+26"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ công dân bổ sung</source>
        <translation>Waiting for the citizen&apos;s supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã dừng/rút</source>
        <translation>Stopped/withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không thu phí</source>
        <translation>No fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển khoản</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qua dịch vụ bưu chính</source>
        <translation>By postal service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dịch vụ bưu chính</source>
        <translation>Postal service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Họ tên người nộp</source>
        <translation>Applicant&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức nộp</source>
        <translation>Submission channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách nhận kết quả</source>
        <translation>Result delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách nộp phí</source>
        <translation>Fee payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công dân xin rút hồ sơ</source>
        <translation>Withdrawn at the citizen&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dừng giải quyết hồ sơ</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối giải quyết sau tiếp nhận</source>
        <translation>Refused after intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công dân tự đánh giá</source>
        <translation>Rated by the citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán bộ nhập theo ý kiến công dân</source>
        <translation>Entered by the officer on the citizen&apos;s word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bản chính</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bản sao</source>
        <translation>copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bản chính hoặc bản sao</source>
        <translation>original or copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xuất trình</source>
        <translation>shown for inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn</source>
        <translation>Dossiers resolved on time or early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ tiếp nhận trực tuyến</source>
        <translation>Dossiers received online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ được số hóa</source>
        <translation>Dossiers digitised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ thanh toán phí, lệ phí trực tuyến</source>
        <translation>Fees and charges paid online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi</source>
        <translation>Late dossiers with an apology letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ người dân hài lòng, rất hài lòng</source>
        <translation>Citizens satisfied or very satisfied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/report/dashboard.py" line="+86"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To handle
(3)</source>
        <translation>To handle
(3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved
(7)</source>
        <translation>Resolved
(7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time
(8)+(9)</source>
        <translation>On time
(8)+(9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late
(10)+(13)</source>
        <translation>Late
(10)+(13)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the months: %v of %m</source>
        <translation>Computing the months: %v of %m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By field, this month</source>
        <translation>By field, this month</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 against the targets; the twelve months to it</source>
        <translation>%1 against the targets; the twelve months to it</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../desktop/work_calendar/day_dialog.py" line="+44"/>
        <source>Change a day</source>
        <translation>Change a day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;off (holiday, day off by decision)</source>
        <translation>Day &amp;off (holiday, day off by decision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working day (e.g. a make-up Saturday)</source>
        <translation>&amp;Working day (e.g. a make-up Saturday)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow the office week again</source>
        <translation>&amp;Follow the office week again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Day off for the commune festival</source>
        <translation>e.g. Day off for the commune festival</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Decision 12/QĐ-UBND of 02/01/2026</source>
        <translation>e.g. Decision 12/QĐ-UBND of 02/01/2026</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source document:</source>
        <translation>Source document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the reason for this change (it is shown on due-date explanations).</source>
        <translation>Enter the reason for this change (it is shown on due-date explanations).</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desktop/work_calendar/day_panel.py" line="+23"/>
        <source>Selected day</source>
        <translation>Selected day</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Click a day in the calendar to see why it is a working day or not.</source>
        <translation>Click a day in the calendar to see why it is a working day or not.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed:</source>
        <translation>Confirmed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange this day…</source>
        <translation>C&amp;hange this day…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follows the office week.</source>
        <translation>Follows the office week.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No (suggested)</source>
        <translation>No (suggested)</translation>
    </message>
</context>
<context>
    <name>DayStyle</name>
    <message>
        <location filename="../../desktop/work_calendar/day_style.py" line="+31"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly day off</source>
        <translation>Weekly day off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday / day off</source>
        <translation>Holiday / day off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
</context>
<context>
    <name>DeskClock</name>
    <message>
        <location filename="../../desktop/desk_clock.py" line="+33"/>
        <source>Accept this computer&apos;s time…</source>
        <translation>Accept this computer&apos;s time…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept this computer&apos;s time</source>
        <translation>Accept this computer&apos;s time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is this computer&apos;s time right although the data holds a later moment? (kept in the audit trail)</source>
        <translation>Why is this computer&apos;s time right although the data holds a later moment? (kept in the audit trail)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s time was accepted; the earlier moment stays in the audit trail.</source>
        <translation>This computer&apos;s time was accepted; the earlier moment stays in the audit trail.</translation>
    </message>
</context>
<context>
    <name>DissatisfiedModel</name>
    <message>
        <location filename="../../desktop/ratings/figures_model.py" line="+72"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
</context>
<context>
    <name>DossierDetailPage</name>
    <message>
        <location filename="../../desktop/dossiers/detail.py" line="+88"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control sheet</source>
        <translation>Control sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop notice</source>
        <translation>Stop notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology letter</source>
        <translation>Apology letter</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>One dossier</source>
        <extracomment>Emitted after a step was recorded (the list behind may need a refresh). Emitted after the result was returned: the composition root asks the citizen for a rating.</extracomment>
        <translation>One dossier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request &amp;supplement…</source>
        <translation>Request &amp;supplement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result &amp;ready…</source>
        <translation>Result &amp;ready…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn result…</source>
        <translation>Re&amp;turn result…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop / &amp;withdraw…</source>
        <translation>Stop / &amp;withdraw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct intake details…</source>
        <translation>&amp;Correct intake details…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;print receipt</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrol sheet</source>
        <translation>C&amp;ontrol sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;notice</source>
        <translation>Stop &amp;notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apology letter</source>
        <translation>&amp;Apology letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the dossier</source>
        <translation>Reload the dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>← Dossier list</source>
        <translation>← Dossier list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory due:</source>
        <translation>Statutory due:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment:</source>
        <translation>New appointment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now with:</source>
        <translation>Now with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel / delivery:</source>
        <translation>Channel / delivery:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt:</source>
        <translation>Receipt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pauses (the clock stops)</source>
        <translation>Pauses (the clock stops)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-stop desk</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Handed over to %1.</source>
        <translation>Handed over to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested: the clock is stopped until the citizen supplies it.</source>
        <translation>Supplement requested: the clock is stopped until the citizen supplies it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing resumed: the due moment was recomputed.</source>
        <translation>Processing resumed: the due moment was recomputed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result recorded: the dossier is ready to be returned.</source>
        <translation>Result recorded: the dossier is ready to be returned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result returned to %1. The citizen is asked for a rating.</source>
        <translation>Result returned to %1. The citizen is asked for a rating.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dossier is stopped; the stop notice can be printed.</source>
        <translation>The dossier is stopped; the stop notice can be printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction saved; the receipt is reprinted as a new version.</source>
        <translation>Correction saved; the receipt is reprinted as a new version.</translation>
    </message>
</context>
<context>
    <name>DossierFilterBar</name>
    <message>
        <location filename="../../desktop/dossiers/filters.py" line="+55"/>
        <source>Search by dossier code, applicant name, phone or ID number</source>
        <translation>Search by dossier code, applicant name, phone or ID number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received &amp;from</source>
        <translation>Received &amp;from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due &amp;soon</source>
        <translation>Due &amp;soon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Late</source>
        <translation>&amp;Late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unfinished dossiers due within one working day</source>
        <translation>Unfinished dossiers due within one working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfinished dossiers past their statutory due moment</source>
        <translation>Unfinished dossiers past their statutory due moment</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DossierPapersView</name>
    <message numerus="yes">
        <location filename="../../desktop/attachments/dossier_papers.py" line="+110"/>
        <source>Attached %n file(s) to %1.</source>
        <translation>
            <numerusform>Attached %n file to %1.</numerusform>
            <numerusform>Attached %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be read now (the scanner may still be writing it).</source>
        <translation>%1 cannot be read now (the scanner may still be writing it).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/dossiers/table_model.py" line="+100"/>
        <source>Dossier code</source>
        <extracomment>Emitted when the known total changes (after the first page of a search arrives).</extracomment>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>late</source>
        <translation>late</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/dossiers/page.py" line="+109"/>
        <source>Refresh</source>
        <extracomment>Emitted once a dossier is shown (the main window brings this page forward). A dossier&apos;s result was returned on its page (the composition root asks the citizen for a rating).</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Reload the list</source>
        <translation>Reload the list</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the dossiers</source>
        <translation>Search the dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or Enter opens a dossier.</source>
        <translation>Double-click or Enter opens a dossier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No dossier matches the search.</source>
        <translation>No dossier matches the search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dossiers yet: dossiers accepted at the Intake page will appear here.</source>
        <translation>No dossiers yet: dossiers accepted at the Intake page will appear here.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../desktop/intake/due_panel.py" line="+46"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · field %2 · time limit: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · field %2 · time limit: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing the appointment…</source>
        <translation>Computing the appointment…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this date:</source>
        <translation>Why this date:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a procedure to see the appointment date.</source>
        <translation>Choose a procedure to see the appointment date.</translation>
    </message>
</context>
<context>
    <name>DueTester</name>
    <message>
        <location filename="../../desktop/work_calendar/due_tester.py" line="+43"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same day (cut-off time from the settings)</source>
        <translation>same day (cut-off time from the settings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpute the due date</source>
        <translation>Co&amp;mpute the due date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Received at:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the calendar before it is used: enter when a dossier is received and its time limit to see the appointment date and why.</source>
        <translation>Check the calendar before it is used: enter when a dossier is received and its time limit to see the appointment date and why.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <location filename="../../desktop/ratings/evaluation_editor.py" line="+59"/>
        <source>Dossier code</source>
        <extracomment>Shows PDF bytes with a title and a file name (the shared preview by default; tests pass their own).</extracomment>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open sheet</source>
        <translation>&amp;Open sheet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Self-score</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+96"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save and &amp;print…</source>
        <translation>Save and &amp;print…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New sheet: indicators 1 and 3 are suggested from the dossier&apos;s history; check them.</source>
        <translation>New sheet: indicators 1 and 3 are suggested from the dossier&apos;s history; check them.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of 9 indicators scored</source>
        <translation>%1 of 9 indicators scored</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluation sheet saved.</source>
        <translation>Evaluation sheet saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation sheet — %1</source>
        <translation>Evaluation sheet — %1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../desktop/ratings/figures_model.py" line="-51"/>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>Target met</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/report/figures_model.py" line="+86"/>
        <source>Total</source>
        <extracomment>A cell of the report: (column key, field name or None for the totals row).</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — double-click to list these dossiers</source>
        <translation>%1 — double-click to list these dossiers</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/ratings/figures_view.py" line="+37"/>
        <source>Save the figures as Excel</source>
        <translation>Save the figures as Excel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This &amp;month</source>
        <translation>This &amp;month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This &amp;year</source>
        <translation>This &amp;year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not satisfied: follow up</source>
        <translation>Not satisfied: follow up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No ratings in this period.</source>
        <translation>No ratings in this period.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rating(s). Satisfaction rate %1 (target %2). Not satisfied: %3.</source>
        <translation>
            <numerusform>%n rating. Satisfaction rate %1 (target %2). Not satisfied: %3.</numerusform>
            <numerusform>%n ratings. Satisfaction rate %1 (target %2). Not satisfied: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/first_run_wizard.py" line="+115"/>
        <source>Set up the office — %1</source>
        <translation>Set up the office — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set up the office</source>
        <translation>&amp;Set up the office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. H40.25.12</source>
        <translation>e.g. H40.25.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. People&apos;s Committee of Hoa Thanh commune</source>
        <translation>e.g. People&apos;s Committee of Hoa Thanh commune</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This person also receives dossiers at the desk (desk clerk role)</source>
        <translation>This person also receives dossiers at the desk (desk clerk role)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province&apos;s procedure catalog</source>
        <translation>The province&apos;s procedure catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register kept until now</source>
        <translation>The register kept until now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit code:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place name:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent body:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As printed at the top of every receipt and report. The unit code begins every dossier code.</source>
        <translation>As printed at the top of every receipt and report. The unit code begins every dossier code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signers and office hours</source>
        <translation>Signers and office hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chairman&apos;s name:</source>
        <translation>Chairman&apos;s name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chairman&apos;s title:</source>
        <translation>Chairman&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing on behalf of:</source>
        <translation>Signing on behalf of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver&apos;s title:</source>
        <translation>Receiver&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours:</source>
        <translation>Office hours:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours as periods, e.g. 07:30-11:30,13:30-17:00; holidays and swap days come with the program.</source>
        <translation>Hours as periods, e.g. 07:30-11:30,13:30-17:00; holidays and swap days come with the program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator&apos;s account</source>
        <translation>The administrator&apos;s account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login (no accents):</source>
        <translation>Login (no accents):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 characters or more):</source>
        <translation>Password (8 characters or more):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator manages accounts, settings, the catalog, the calendar and backups.</source>
        <translation>The administrator manages accounts, settings, the catalog, the calendar and backups.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: bring your existing lists</source>
        <translation>Optional: bring your existing lists</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedure catalog (.csv, .xlsx):</source>
        <translation>Procedure catalog (.csv, .xlsx):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier register (.csv, .xlsx):</source>
        <translation>Dossier register (.csv, .xlsx):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to start with the bundled catalog and no dossiers. Files are checked whole: a bad line names itself and nothing is imported.</source>
        <translation>Leave empty to start with the bundled catalog and no dossiers. Files are checked whole: a bad line names itself and nothing is imported.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up the office…</source>
        <translation>Setting up the office…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print or save the recovery sheet first.</source>
        <translation>Print or save the recovery sheet first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office is set up: print or save the recovery sheet first (Settings → Data key prints it again later).</source>
        <translation>The office is set up: print or save the recovery sheet first (Settings → Data key prints it again later).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The office is set up. This desk has no data key: an admin prints the recovery sheet from Settings → Data key once the key is here.</source>
        <translation>The office is set up. This desk has no data key: an admin prints the recovery sheet from Settings → Data key once the key is here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key recovery sheet (fingerprint %1)</source>
        <translation>Key recovery sheet (fingerprint %1)</translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../../desktop/late/summary.py" line="+73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not handed over)</source>
        <translation>(not handed over)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/help.py" line="+57"/>
        <source>User guide</source>
        <extracomment>Room left beside a screenshot in the guide window (margins and the scroll bar). Space above a heading, by level (the Markdown import leaves none).</extracomment>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop/handover/mapping_dialog.py" line="+16"/>
        <source>Provincial dossier code</source>
        <translation>Provincial dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number (CCCD)</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant&apos;s name</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure (code or name)</source>
        <translation>Procedure (code or name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance date</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <location filename="../../desktop/handover/result_view.py" line="+27"/>
        <source>matches none of our dossiers</source>
        <translation>matches none of our dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches several dossiers: check by hand</source>
        <translation>matches several dossiers: check by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no provincial code</source>
        <translation>no provincial code</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop/handover/page.py" line="+48"/>
        <source>Provincial export</source>
        <translation>Provincial export</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>code given by the provincial system</source>
        <translation>code given by the provincial system</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Office layout</source>
        <translation>Office layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National portal layout</source>
        <translation>National portal layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export layout</source>
        <translation>Export layout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout of the exported list: the office&apos;s own columns, or the national portal&apos;s field names and status codes (resources/handover/national.json)</source>
        <translation>Layout of the exported list: the office&apos;s own columns, or the national portal&apos;s field names and status codes (resources/handover/national.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provincial c&amp;ode of the selected dossier:</source>
        <translation>Provincial c&amp;ode of the selected dossier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mar&amp;k entered (Enter)</source>
        <translation>Mar&amp;k entered (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &amp;mapping…</source>
        <translation>Column &amp;mapping…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print desk list</source>
        <translation>&amp;Print desk list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;concile with provincial file…</source>
        <translation>Re&amp;concile with provincial file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n dossier(s) to enter in the provincial system, oldest first</source>
        <translation>
            <numerusform>%n dossier to enter in the provincial system</numerusform>
            <numerusform>%n dossiers to enter in the provincial system, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to enter: every dossier is in the provincial system.</source>
        <translation>Nothing to enter: every dossier is in the provincial system.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 recorded as entered (%2).</source>
        <translation>%1 recorded as entered (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exported %n dossier(s) to %1</source>
        <translation>
            <numerusform>Exported %n dossier to %1</numerusform>
            <numerusform>Exported %n dossiers to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Desk list</source>
        <translation>Desk list</translation>
    </message>
</context>
<context>
    <name>HandoverTableModel</name>
    <message>
        <location filename="../../desktop/handover/table_model.py" line="+21"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help.py" line="+108"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&lt;b&gt;One-Stop Office&lt;/b&gt; — version %1</source>
        <translation>&lt;b&gt;One-Stop Office&lt;/b&gt; — version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake and return of administrative dossiers at the commune&apos;s one-stop office, working without a network.</source>
        <translation>Intake and return of administrative dossiers at the commune&apos;s one-stop office, working without a network.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F1 for the user guide.</source>
        <translation>Press F1 for the user guide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../desktop/work_calendar/hours_editor.py" line="+46"/>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only from this &amp;date:</source>
        <translation>Only from this &amp;date:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save office hours</source>
        <translation>&amp;Save office hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the selected schedule</source>
        <translation>&amp;Remove the selected schedule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periods are written as HH:MM-HH:MM separated by commas, for example 07:30-11:30,13:30-17:00. Without a date the hours apply to all days; with a date they apply from that day on, and earlier due dates keep the old hours.</source>
        <translation>Periods are written as HH:MM-HH:MM separated by commas, for example 07:30-11:30,13:30-17:00. Without a date the hours apply to all days; with a date they apply from that day on, and earlier due dates keep the old hours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office hours:</source>
        <translation>Office hours:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Always (base hours)</source>
        <translation>Always (base hours)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Office hours saved.</source>
        <translation>Office hours saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schedule removed.</source>
        <translation>Schedule removed.</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <location filename="../../desktop/intake/actions.py" line="+22"/>
        <source>Issue a supplement slip instead of accepting the dossier</source>
        <translation>Issue a supplement slip instead of accepting the dossier</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dossier &amp;incomplete</source>
        <translation>Dossier &amp;incomplete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse intake…</source>
        <translation>&amp;Refuse intake…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue supplement slip (Ctrl+S)</source>
        <translation>Issue supplement slip (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip and print (Ctrl+P)</source>
        <translation>Slip and print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept and save (Ctrl+S)</source>
        <translation>Accept and save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and print (Ctrl+P)</source>
        <translation>Save and print (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <location filename="../../desktop/intake/options.py" line="+33"/>
        <source>Submission and fee</source>
        <translation>Submission and fee</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submitted:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by:</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result delivered:</source>
        <translation>Result delivered:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desktop/intake/page.py" line="+95"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accept and save, or issue the supplement slip</source>
        <translation>Accept and save, or issue the supplement slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same, then print</source>
        <translation>The same, then print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dossier (empty the form)</source>
        <translation>New dossier (empty the form)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the citizen&apos;s identity card (CCCD QR code)</source>
        <translation>Scan the citizen&apos;s identity card (CCCD QR code)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the procedure</source>
        <translation>Search the procedure</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not attached: %1 is not a PDF, JPEG or PNG file.</source>
        <translation>Not attached: %1 is not a PDF, JPEG or PNG file.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Refuse intake</source>
        <translation>Refuse intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the dossier refused? The reason is printed on the refusal slip.</source>
        <translation>Why is the dossier refused? The reason is printed on the refusal slip.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a procedure first.</source>
        <translation>Choose a procedure first.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Receipt and appointment slip %1</source>
        <translation>Receipt and appointment slip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement slip %1</source>
        <translation>Supplement slip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal slip %1</source>
        <translation>Refusal slip %1</translation>
    </message>
</context>
<context>
    <name>IssuedBanner</name>
    <message>
        <location filename="../../desktop/intake/issued_banner.py" line="+38"/>
        <source>Dossier accepted — %1</source>
        <translation>Dossier accepted — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted — supplement slip for %1</source>
        <translation>Not accepted — supplement slip for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier code is given until the dossier is complete.</source>
        <translation>No dossier code is given until the dossier is complete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake refused — refusal slip for %1</source>
        <translation>Intake refused — refusal slip for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier code is given.</source>
        <translation>No dossier code is given.</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="+82"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+175"/>
        <source>The office key file</source>
        <translation>The office key file</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Một Cửa key file (*.mckey);;All files (*)</source>
        <translation>Một Cửa key file (*.mckey);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+138"/>
        <source>Copy the office key to a file</source>
        <translation>Copy the office key to a file</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Một Cửa key file (*.mckey)</source>
        <translation>Một Cửa key file (*.mckey)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key recovery sheet</source>
        <translation>Key recovery sheet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Print the key recovery sheet…</source>
        <extracomment>This desk now holds the office key (it was locked): the composition root says to reopen the program.</extracomment>
        <translation>&amp;Print the key recovery sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the key to a file…</source>
        <translation>&amp;Copy the key to a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the key from a &amp;file…</source>
        <translation>Bring the key from a &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the key from the recovery &amp;sheet…</source>
        <translation>Bring the key from the recovery &amp;sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;l the key file with a passphrase…</source>
        <translation>Sea&amp;l the key file with a passphrase…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office key encrypts citizens&apos; ID numbers, phones and addresses, seals the backups and signs the audit trail. Without it nothing can be read back: print the recovery sheet now, sign it and keep it in the office safe. Another desk of the office gets the key from a file copied here (protected by a passphrase) or from the sheet. A new key is never made for data that has one.</source>
        <translation>The office key encrypts citizens&apos; ID numbers, phones and addresses, seals the backups and signs the audit trail. Without it nothing can be read back: print the recovery sheet now, sign it and keep it in the office safe. Another desk of the office gets the key from a file copied here (protected by a passphrase) or from the sheet. A new key is never made for data that has one.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This desk&apos;s key: %1.</source>
        <translation>This desk&apos;s key: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the office&apos;s data: %1.</source>
        <translation>The key of the office&apos;s data: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print the sheet (or save it and print it), sign it and keep it in the office safe; do not leave the PDF on this computer.</source>
        <translation>Print the sheet (or save it and print it), sign it and keep it in the office safe; do not leave the PDF on this computer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a passphrase for the file (8 characters or more); it is asked when the key is brought to the other desk. Tell it to that desk&apos;s admin in person, never with the file.</source>
        <translation>Choose a passphrase for the file (8 characters or more); it is asked when the key is brought to the other desk. Tell it to that desk&apos;s admin in person, never with the file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key (fingerprint %1) is copied to %2. On the other desk: Settings → Data key → Bring the key from a file; then delete the file.</source>
        <translation>The key (fingerprint %1) is copied to %2. On the other desk: Settings → Data key → Bring the key from a file; then delete the file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase given to the file when it was made:</source>
        <translation>The passphrase given to the file when it was made:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk now holds the office key (fingerprint %1).</source>
        <translation>This desk now holds the office key (fingerprint %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the key file a passphrase</source>
        <translation>Give the key file a passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a desk without the Windows credential store the key is kept in a file. With a passphrase, the file alone is of no use to someone who copies it; the passphrase is then asked when the program starts.</source>
        <translation>On a desk without the Windows credential store the key is kept in a file. With a passphrase, the file alone is of no use to someone who copies it; the passphrase is then asked when the program starts.</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../desktop/report/kpi_model.py" line="+43"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/report/dashboard.py" line="-90"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target %1 · %2</source>
        <translation>Target %1 · %2</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../desktop/widgets/language_box.py" line="+37"/>
        <source>&amp;Interface language:</source>
        <extracomment>Each language in its own words (not translated: a reader of either finds theirs).</extracomment>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: the new language takes effect after the program is restarted.</source>
        <translation>Saved: the new language takes effect after the program is restarted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MOTCUA_LANG setting of this computer (%1) overrides this choice.</source>
        <translation>The MOTCUA_LANG setting of this computer (%1) overrides this choice.</translation>
    </message>
</context>
<context>
    <name>LateModel</name>
    <message>
        <location filename="../../desktop/report/late_model.py" line="+32"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (statutory)</source>
        <translation>Due (statutory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved late at %1</source>
        <translation>Resolved late at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still pending past its due moment</source>
        <translation>Still pending past its due moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apology issued at %1</source>
        <translation>Apology issued at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No apology issued</source>
        <translation>No apology issued</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/late/page.py" line="+79"/>
        <source>&amp;Apology…</source>
        <extracomment>Tabs in order: board section name (``todo`` is the late dossiers still needing an apology). Emitted after an apology was recorded (its code), for tests and other pages.</extracomment>
        <translation>&amp;Apology…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the apology letter of the selected dossier (or double-click it)</source>
        <translation>Draft the apology letter of the selected dossier (or double-click it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the board</source>
        <translation>Reload the board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today (%1)</source>
        <translation>Due today (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon (%1)</source>
        <translation>Due soon (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late (%1)</source>
        <translation>Late (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on the citizen (%1)</source>
        <translation>Waiting on the citizen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due today: %1 · due soon: %2 · late: %3 (%4 still without an apology).</source>
        <translation>Due today: %1 · due soon: %2 · late: %3 (%4 still without an apology).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now due soon or late: %1.</source>
        <translation>Now due soon or late: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Apology recorded for %1: new appointment %2.</source>
        <translation>Apology recorded for %1: new appointment %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apology letter — %1</source>
        <translation>Apology letter — %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/work_calendar/day_style.py" line="+36"/>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../desktop/lifecycle/correct_dialog.py" line="+22"/>
        <source>Correct intake details</source>
        <translation>Correct intake details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old value and the reason are kept in the history; the receipt is reprinted with a new version number.</source>
        <translation>The old value and the reason are kept in the history; the receipt is reprinted with a new version number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. The name was typed wrong at intake</source>
        <translation>e.g. The name was typed wrong at intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current value:</source>
        <translation>Current value:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>New value:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New choice:</source>
        <translation>New choice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/lifecycle/dialogs.py" line="+98"/>
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/lifecycle/wording.py" line="+65"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/dialogs.py" line="-31"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hand over for processing</source>
        <translation>Hand over for processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who receives the dossier now (a row of the control sheet).</source>
        <translation>Record who receives the dossier now (a row of the control sheet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To (officer or agency):</source>
        <translation>To (officer or agency):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Civil status officer Lê Văn Bình</source>
        <translation>e.g. Civil status officer Lê Văn Bình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a supplement</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock stops until the citizen supplies what is missing.</source>
        <translation>The clock stops until the citizen supplies what is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items to add (one per line):</source>
        <translation>Items to add (one per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the citizen since %1.</source>
        <translation>Waiting for the citizen since %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen has supplied what was asked: the clock runs on and the due moment moves by the paused working time.</source>
        <translation>The citizen has supplied what was asked: the clock runs on and the due moment moves by the paused working time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume processing</source>
        <translation>Resume processing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/lifecycle/wording.py" line="-19"/>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the result of this dossier is ready to be returned.</source>
        <translation>Record that the result of this dossier is ready to be returned.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Birth certificate no. 15/2026</source>
        <translation>e.g. Birth certificate no. 15/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return the result</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who collected the result.</source>
        <translation>Record who collected the result.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop or withdraw the dossier</source>
        <translation>Stop or withdraw the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier stops being processed; a stop notice can be printed.</source>
        <translation>The dossier stops being processed; a stop notice can be printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the dossier</source>
        <translation>Stop the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/documents.py" line="+62"/>
        <source>Saved %1</source>
        <extracomment>Forms a dossier&apos;s page reprints: kind → file name stem.</extracomment>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/timeline_view.py" line="+28"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No pause: the clock has run without stopping.</source>
        <translation>No pause: the clock has run without stopping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still waiting</source>
        <translation>still waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2: %3</source>
        <translation>From %1 to %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/wording.py" line="-17"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier accepted</source>
        <translation>Dossier accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over for processing</source>
        <translation>Handed over for processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing resumed</source>
        <translation>Processing resumed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped or withdrawn</source>
        <translation>Stopped or withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake details corrected</source>
        <translation>Intake details corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology issued, new appointment</source>
        <translation>Apology issued, new appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s comment on the rating</source>
        <translation>Citizen&apos;s comment on the rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating corrected</source>
        <translation>Rating corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet scored</source>
        <translation>Evaluation sheet scored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the provincial system</source>
        <translation>Entered in the provincial system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To enter in the provincial system</source>
        <translation>To enter in the provincial system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned paper attached</source>
        <translation>Scanned paper attached</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: “%2” → “%3”. Reason: %4.</source>
        <translation>%1: “%2” → “%3”. Reason: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt version %1.</source>
        <translation>Receipt version %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add: %1.</source>
        <translation>To add: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collected by %1</source>
        <translation>Collected by %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New appointment: %1. Reason: %2.</source>
        <translation>New appointment: %1. Reason: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 (%3 page(s))</source>
        <translation>%1 → %2 (%3 p.)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 → %2. Reason: %3.</source>
        <translation>%1 → %2. Reason: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-score %1, reviewed %2: %3</source>
        <translation>Self-score %1, reviewed %2: %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/accounts/login_dialog.py" line="+116"/>
        <source>Log in — %1</source>
        <translation>Log in — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the key &amp;recovery sheet…</source>
        <translation>Use the key &amp;recovery sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an admin who cannot log in any more</source>
        <translation>For an admin who cannot log in any more</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your login and password.</source>
        <translation>Type your login and password.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The account is open again: log in with the new password, then choose your own.</source>
        <translation>The account is open again: log in with the new password, then choose your own.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+110"/>
        <source>Dossier code entry</source>
        <extracomment>A dossier code typed in the header&apos;s entry or scanned anywhere (install `scan_listener` on the app). The QR text of a citizen&apos;s identity card scanned anywhere in the window (the composition root fills the intake). The banner&apos;s link was clicked (the composition root decides what it opens).</extracomment>
        <translation>Dossier code entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Keyboard shortcuts (this list)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No office set up yet: open Settings to enter it.</source>
        <translation>No office set up yet: open Settings to enter it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — unit code %2</source>
        <translation>%1 — unit code %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To enter in the provincial system: %1</source>
        <translation>To enter in the provincial system: %1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/handover/mapping_dialog.py" line="+12"/>
        <source>Columns of the provincial file</source>
        <translation>Columns of the provincial file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the column for each item. The provincial dossier code is required, and either the ID number or the name and the acceptance date. The choice is remembered for the next file.</source>
        <translation>Choose the column for each item. The provincial dossier code is required, and either the ID number or the name and the acceptance date. The choice is remembered for the next file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconcile</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="+13"/>
        <source>One-Stop Office</source>
        <translation>One-Stop Office</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ModeBox</name>
    <message>
        <location filename="../../desktop/handover/mode_box.py" line="+21"/>
        <source>Provincial system</source>
        <translation>Provincial system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only during outages</source>
        <translation>Only during outages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline first: every dossier is entered later</source>
        <translation>Offline first: every dossier is entered later</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Way of working:</source>
        <translation>&amp;Way of working:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The network is &amp;back</source>
        <translation>The network is &amp;back</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network &amp;down: start outage mode</source>
        <translation>Network &amp;down: start outage mode</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Outage since %1 (%2): dossiers accepted now are to be entered later.</source>
        <translation>Outage since %1 (%2): dossiers accepted now are to be entered later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every dossier is entered later.</source>
        <translation>Every dossier is entered later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network up: enter dossiers in the provincial system directly.</source>
        <translation>Network up: enter dossiers in the provincial system directly.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop/work_calendar/month_view.py" line="+66"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../desktop/settings/office_settings.py" line="+145"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From points</source>
        <translation>From points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <location line="+70"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <location filename="../../desktop/attachments/viewer.py" line="+73"/>
        <source>Previous page (Page Up)</source>
        <extracomment>The zoom factors the − and + buttons step through (1.0 = 100 %).</extracomment>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation>Fit the page to the window&apos;s width (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the window&apos;s width</source>
        <translation>Fit the page to the window&apos;s width</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This file cannot be shown: it is broken or not a PDF, JPEG or PNG.</source>
        <translation>This file cannot be shown: it is broken or not a PDF, JPEG or PNG.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>PaperViewerDialog</name>
    <message>
        <location line="+27"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../desktop/attachments/panel.py" line="+45"/>
        <source>Attach scanned papers</source>
        <translation>Attach scanned papers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <location line="+57"/>
        <source>Scanned papers</source>
        <translation>Scanned papers</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Attach to</source>
        <translation>Attach to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach &amp;into:</source>
        <translation>Attach &amp;into:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;files…</source>
        <translation>Attach &amp;files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach scanned PDF, JPEG or PNG files (or drop them on the panel)</source>
        <translation>Attach scanned PDF, JPEG or PNG files (or drop them on the panel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen file in the viewer (Enter)</source>
        <translation>Open the chosen file in the viewer (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pap&amp;ers…</source>
        <translation>Print pap&amp;ers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chosen files, or every file when none is chosen</source>
        <translation>Print the chosen files, or every file when none is chosen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 components have a file</source>
        <translation>%1 of %2 components have a file</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not attached: %1 is not a PDF, JPEG or PNG file.</source>
        <translation>Not attached: %1 is not a PDF, JPEG or PNG file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not attached: %1 is not a file that can be read.</source>
        <translation>Not attached: %1 is not a file that can be read.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Attaching %n file(s) to %1…</source>
        <translation>
            <numerusform>Attaching %n file to %1…</numerusform>
            <numerusform>Attaching %n files to %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop to attach to %1</source>
        <translation>Drop to attach to %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="-268"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/accounts/password_dialog.py" line="+31"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more):</source>
        <translation>New password (8 characters or more):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your password was set by the administrator: choose your own now.</source>
        <translation>Your password was set by the administrator: choose your own now.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/widgets/pdf_preview.py" line="+47"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+80"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../desktop/catalog/procedure_dialog.py" line="+39"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One component a line: Name | bản chính | 1</source>
        <translation>One component a line: Name | bản chính | 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One source a line, e.g. duration: Luật Hộ tịch 2014, Điều 16</source>
        <translation>One source a line, e.g. duration: Luật Hộ tịch 2014, Điều 16</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National code:</source>
        <translation>National code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cut-off:</source>
        <translation>cut-off:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee (VND):</source>
        <translation>Fee (VND):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note:</source>
        <translation>Fee note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components:</source>
        <translation>Components:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../desktop/intake/procedure_picker.py" line="+33"/>
        <source>Type part of the name or code, e.g. khai sinh</source>
        <translation>Type part of the name or code, e.g. khai sinh</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/qt_words.py" line="+55"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-11"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+27"/>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../../desktop/ratings/rating_window.py" line="+53"/>
        <source>Your opinion</source>
        <extracomment>Button colours per level (background, border): calm red, blue, green. The thank-you page closes itself after this long without typing.</extracomment>
        <translation>Your opinion</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How satisfied are you with the handling of your dossier?</source>
        <translation>How satisfied are you with the handling of your dossier?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+103"/>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+103"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+103"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Touch a button or press 3, 2 or 1 on the keypad.</source>
        <translation>Touch a button or press 3, 2 or 1 on the keypad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entered by the officer on the citizen&apos;s word</source>
        <translation>Entered by the officer on the citizen&apos;s word</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your rating: %1</source>
        <translation>Your rating: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should we improve? Please tell us (optional):</source>
        <translation>What should we improve? Please tell us (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to add a comment? (optional)</source>
        <translation>Would you like to add a comment? (optional)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your comment has been sent. Thank you!</source>
        <translation>Your comment has been sent. Thank you!</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <location filename="../../desktop/ratings/page.py" line="+42"/>
        <source>Figures</source>
        <extracomment>The clerk asks for the rating window of a returned dossier (the composition root opens it).</extracomment>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet</source>
        <translation>Evaluation sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper survey forms</source>
        <translation>Paper survey forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;rating window</source>
        <translation>Open the &amp;rating window</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload the figures and the surveys</source>
        <translation>Reload the figures and the surveys</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ask the citizen to rate a returned dossier:</source>
        <translation>Ask the citizen to rate a returned dossier:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/intake/reason_dialog.py" line="+21"/>
        <source>Issue the refusal slip</source>
        <translation>Issue the refusal slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReconcileResultView</name>
    <message>
        <location filename="../../desktop/handover/result_view.py" line="+34"/>
        <source>%1 rows in the file: %2 dossiers marked entered, %3 already recorded, %4 double entries; %5 of our dossiers are not in the provincial file, %6 provincial rows match none.</source>
        <translation>%1 rows in the file: %2 dossiers marked entered, %3 already recorded, %4 double entries; %5 of our dossiers are not in the provincial file, %6 provincial rows match none.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <location line="+5"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+12"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the provincial file (%1)</source>
        <translation>Not in the provincial file (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Provincial code</source>
        <translation>Provincial code</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provincial rows unmatched (%1)</source>
        <translation>Provincial rows unmatched (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provincial codes</source>
        <translation>Provincial codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double entries (%1)</source>
        <translation>Double entries (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked entered (%1)</source>
        <translation>Marked entered (%1)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="+9"/>
        <source>Key recovery sheet</source>
        <translation>Key recovery sheet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups of characters printed on the office&apos;s key recovery sheet. A mistyped group is named, so you can correct it.</source>
        <translation>Type the 14 groups of characters printed on the office&apos;s key recovery sheet. A mistyped group is named, so you can correct it.</translation>
    </message>
</context>
<context>
    <name>ReportHeadings</name>
    <message>
        <location filename="../../desktop/report/headings.py" line="+34"/>
        <source>No.</source>
        <extracomment>The figure keys in table order: (3) … (13), then stopped. Every column of the table: STT, field, then the figures. On-screen headings (English source; lupdate reads them through QT_TRANSLATE_NOOP).</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct, post</source>
        <translation>Direct, post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which
stopped</source>
        <translation>Of which
stopped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row number</source>
        <extracomment>The form&apos;s full headings, for tooltips and the differences list.</extracomment>
        <translation>Row number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field, work handled by level</source>
        <translation>Field, work handled by level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: total</source>
        <translation>Dossiers to handle: total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: newly received online in the period</source>
        <translation>Dossiers to handle: newly received online in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: newly received in person or by post</source>
        <translation>Dossiers to handle: newly received in person or by post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: carried over from the previous period</source>
        <translation>Dossiers to handle: carried over from the previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: total</source>
        <translation>Dossiers resolved: total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: before the due date</source>
        <translation>Dossiers resolved: before the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: on time (withdrawn, stopped or refused included)</source>
        <translation>Dossiers resolved: on time (withdrawn, stopped or refused included)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossiers resolved: late</source>
        <translation>Dossiers resolved: late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: total</source>
        <translation>Dossiers in progress: total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: within the due date</source>
        <translation>Dossiers in progress: within the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: past the due date</source>
        <translation>Dossiers in progress: past the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn, stopped or refused after acceptance (counted as resolved on time)</source>
        <translation>Withdrawn, stopped or refused after acceptance (counted as resolved on time)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To handle</source>
        <translation>To handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle</source>
        <translation>Dossiers to handle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved</source>
        <translation>Dossiers resolved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress</source>
        <translation>Dossiers in progress</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/report/page.py" line="+301"/>
        <source>Record upload</source>
        <translation>Record upload</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Preview and &amp;print…</source>
        <extracomment>A month was submitted (the reminder refreshes itself on it). The month&apos;s figures are on screen (tests wait on it).</extracomment>
        <translation>Preview and &amp;print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for &amp;upload (xlsx)…</source>
        <translation>Save for &amp;upload (xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record up&amp;load</source>
        <translation>Record up&amp;load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;differences…</source>
        <translation>Show &amp;differences…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload the month</source>
        <translation>Reload the month</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>calendar month</source>
        <translation>calendar month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut-off 15th–14th (NĐ 09/2019)</source>
        <translation>cut-off 15th–14th (Decree 09/2019)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) · %3 · due by %4</source>
        <translation>%1 (%2) · %3 · due by %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not submitted yet.</source>
        <translation>Not submitted yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1 submitted at %2 by %3 (SHA-256 %4…).</source>
        <translation>Revision %1 submitted at %2 by %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To upload to the provincial system.</source>
        <translation>To upload to the provincial system.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded at %1 by %2.</source>
        <translation>Uploaded at %1 by %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The figures have changed since (%n cell(s)): submit again to make a new revision.</source>
        <translation>
            <numerusform>The figures have changed since (%n cell): submit again to make a new revision.</numerusform>
            <numerusform>The figures have changed since (%n cells): submit again to make a new revision.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Monthly report — %1</source>
        <translation>Monthly report — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit the report</source>
        <translation>Submit the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the report of %1? Its figures and its file are frozen with a checksum; a later change makes a new revision.</source>
        <translation>Submit the report of %1? Its figures and its file are frozen with a checksum; a later change makes a new revision.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record that the report of %1 has been uploaded to the provincial system?</source>
        <translation>Record that the report of %1 has been uploaded to the provincial system?</translation>
    </message>
    <message>
        <location filename="../../desktop/report/actions.py" line="+20"/>
        <source>Save the report for upload</source>
        <translation>Save the report for upload</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../../desktop/core_words.py" line="+17"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
</context>
<context>
    <name>ReportReminder</name>
    <message>
        <location filename="../../desktop/report/reminder.py" line="+69"/>
        <source>The report of %1 is submitted but its upload to the provincial system is not recorded yet.</source>
        <extracomment>Shows the reminder: its text (&quot;&quot; hides it) and True when the due day has passed.</extracomment>
        <translation>The report of %1 is submitted but its upload to the provincial system is not recorded yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report of %1 is overdue (due %2): check the figures and submit it now.</source>
        <translation>The report of %1 is overdue (due %2): check the figures and submit it now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report of %1 is due by %2.</source>
        <translation>The report of %1 is due by %2.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop/report/report_view.py" line="+113"/>
        <source>Indicators against the targets</source>
        <translation>Indicators against the targets</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Annex: late dossiers (%1) — double-click to open</source>
        <translation>Annex: late dossiers (%1) — double-click to open</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop/accounts/login_dialog.py" line="-173"/>
        <source>Open an admin account with the key recovery sheet</source>
        <translation>Open an admin account with the key recovery sheet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admin&apos;s login:</source>
        <translation>Admin&apos;s login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet&apos;s 14 groups:</source>
        <translation>The sheet&apos;s 14 groups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more):</source>
        <translation>New password (8 characters or more):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the account</source>
        <translation>Open the account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key recovery sheet is kept in the office safe. Whoever holds it can open an admin account again; this is written into the audit trail and the new password must be changed at the next login.</source>
        <translation>The key recovery sheet is kept in the office safe. Whoever holds it can open an admin account again; this is written into the audit trail and the new password must be changed at the next login.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../desktop/attachments/scan_bar.py" line="+36"/>
        <source>Attach to…</source>
        <translation>Attach to…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the first new file before attaching it</source>
        <translation>Look at the first new file before attaching it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer these files again (they stay in the scan folder)</source>
        <translation>Do not offer these files again (they stay in the scan folder)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n new file(s) from the scanner: %1</source>
        <translation>
            <numerusform>%n new file from the scanner: %1</numerusform>
            <numerusform>%n new files from the scanner: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanFolder</name>
    <message>
        <location filename="../../desktop/attachments/scan_folder.py" line="+184"/>
        <source>Attached, but %1 could not be moved into the folder &quot;%2&quot; (it is open in another program); it stays in the scan folder.</source>
        <extracomment>Where attached scans go, inside the scan folder.</extracomment>
        <translation>Attached, but %1 could not be moved into the folder &quot;%2&quot; (it is open in another program); it stays in the scan folder.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/settings/page.py" line="+41"/>
        <source>e.g. H40.25.12</source>
        <translation>e.g. H40.25.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. People&apos;s Committee of Hoa Thanh commune</source>
        <translation>e.g. People&apos;s Committee of Hoa Thanh commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Hoa Thanh (printed before the date on documents)</source>
        <translation>e.g. Hoa Thanh (printed before the date on documents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PEOPLE&apos;S COMMITTEE OF NGHE AN PROVINCE</source>
        <translation>e.g. PEOPLE&apos;S COMMITTEE OF NGHE AN PROVINCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Unit code:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place name:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent body:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit code begins every dossier code: change it only with care. The names are printed on receipts, letters and reports.</source>
        <translation>The unit code begins every dossier code: change it only with care. The names are printed on receipts, letters and reports.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure catalog</source>
        <translation>Procedure catalog</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No office is set up yet: fill in the form and save.</source>
        <translation>No office is set up yet: fill in the form and save.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/widgets/shortcuts_dialog.py" line="+120"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The key that opens the cheat sheet.</extracomment>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole window</source>
        <translation>Whole window</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keys of a page work while that page is shown. On any button, Alt + its underlined letter presses it. Tab and Shift+Tab move between fields, Ctrl+Tab to the next tab, Enter confirms a dialog and Esc closes it.</source>
        <translation>Keys of a page work while that page is shown. On any button, Alt + its underlined letter presses it. Tab and Shift+Tab move between fields, Ctrl+Tab to the next tab, Enter confirms a dialog and Esc closes it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <location filename="../../desktop/shutdown.py" line="+42"/>
        <source>One-Stop Office is backing up its data…</source>
        <translation>One-Stop Office is backing up its data…</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../desktop/work_calendar/special_days_model.py" line="+27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../desktop/report/changes_view.py" line="+16"/>
        <source>Report submitted</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revision %2 submitted at %3 by %4.</source>
        <translation>%1: revision %2 submitted at %3 by %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the figures have not changed since revision %2 (submitted at %3 by %4); nothing new was submitted.</source>
        <translation>%1: the figures have not changed since revision %2 (submitted at %3 by %4); nothing new was submitted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File: %1 — SHA-256 checksum:</source>
        <translation>File: %1 — SHA-256 checksum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First submission of this month: there is no earlier revision to compare with.</source>
        <translation>First submission of this month: there is no earlier revision to compare with.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>What changed since revision %1 (%n cell(s)):</source>
        <translation>
            <numerusform>What changed since revision %1 (%n cell):</numerusform>
            <numerusform>What changed since revision %1 (%n cells):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../desktop/late/summary.py" line="-47"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on the citizen</source>
        <translation>Waiting on the citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies to do</source>
        <translation>Apologies to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology coverage this month</source>
        <translation>Apology coverage this month</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 late dossiers this month have an apology</source>
        <translation>%1 of %2 late dossiers this month have an apology</translation>
    </message>
</context>
<context>
    <name>SurveySetup</name>
    <message>
        <location filename="../../desktop/ratings/survey_setup.py" line="+55"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers, separated by ;</source>
        <translation>Answers, separated by ;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;New survey (SIPAS factors)</source>
        <extracomment>The list of surveys changed (the transcription tab reloads its choices).</extracomment>
        <translation>&amp;New survey (SIPAS factors)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open for keying forms</source>
        <translation>&amp;Open for keying forms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add question</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move question</source>
        <translation>Re&amp;move question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;questionnaire</source>
        <translation>Save &amp;questionnaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Satisfaction survey %1</source>
        <translation>Satisfaction survey %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Questionnaire saved.</source>
        <translation>Questionnaire saved.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../desktop/catalog/catalog_panel.py" line="-128"/>
        <source>Excel (.xlsx) is recommended: it keeps identity numbers, phone numbers, dates and Vietnamese letters exactly. A CSV file is separated by the office&apos;s csv_separator setting (&quot;;&quot; for Excel in Vietnamese).</source>
        <extracomment>Why the export suggests Excel (shared with the hand-over page: one message in the catalogues).</extracomment>
        <translation>Excel (.xlsx) is recommended: it keeps identity numbers, phone numbers, dates and Vietnamese letters exactly. A CSV file is separated by the office&apos;s csv_separator setting (&quot;;&quot; for Excel in Vietnamese).</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../desktop/attachments/thumbs_model.py" line="+107"/>
        <source>Result</source>
        <extracomment>The icons&apos; size: a portrait page. Longest component name shown under an icon (the whole name is in the tooltip).</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no file yet</source>
        <translation>no file yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+12"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: no file yet. Drop a scanned file here, or use Attach…</source>
        <translation>%1: no file yet. Drop a scanned file here, or use Attach…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached by %1 at %2</source>
        <translation>Attached by %1 at %2</translation>
    </message>
</context>
<context>
    <name>TranscriptionForm</name>
    <message>
        <location filename="../../desktop/ratings/transcription.py" line="+138"/>
        <source>Written comment on the form (optional)</source>
        <translation>Written comment on the form (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save form (Enter)</source>
        <translation>&amp;Save form (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits choose the answer and move on; 0 leaves it blank; ↑ or Backspace goes back; Enter saves the form and starts the next.</source>
        <translation>Digits choose the answer and move on; 0 leaves it blank; ↑ or Backspace goes back; Enter saves the form and starts the next.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Survey:</source>
        <translation>Survey:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form number:</source>
        <translation>Form number:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No open survey: create one in the Questionnaires tab.</source>
        <translation>No open survey: create one in the Questionnaires tab.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n form(s) keyed</source>
        <translation>
            <numerusform>%n form keyed</numerusform>
            <numerusform>%n forms keyed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form %1 keyed by %2 at %3</source>
        <translation>Form %1 keyed by %2 at %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Form %1 saved.</source>
        <translation>Form %1 saved.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/report/trend_chart.py" line="+38"/>
        <source>Rate</source>
        <extracomment>(TrendPoint attribute, colour) of each rate line.</extracomment>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dossiers (right axis)</source>
        <translation>New dossiers (right axis)</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../desktop/accounts/users_panel.py" line="+58"/>
        <source>One account per person: the roles decide what each may do, and every step is recorded under the account&apos;s name.</source>
        <translation>One account per person: the roles decide what each may do, and every step is recorded under the account&apos;s name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock / unlock</source>
        <translation>&amp;Lock / unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Account %1 created; its owner changes the password at the first login.</source>
        <translation>Account %1 created; its owner changes the password at the first login.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Choose an account in the list first.</source>
        <translation>Choose an account in the list first.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Roles of %1 saved.</source>
        <translation>Roles of %1 saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is locked.</source>
        <translation>%1 is locked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1 (8 characters or more):</source>
        <translation>New password for %1 (8 characters or more):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of %1 reset; its owner must change it at the next login.</source>
        <translation>Password of %1 reset; its owner must change it at the next login.</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desktop/widgets/weekdays.py" line="+13"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <location filename="../../desktop/first_run_wizard.py" line="-241"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>_SheetPage</name>
    <message>
        <location line="+11"/>
        <source>The key recovery sheet</source>
        <translation>The key recovery sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office is set up. Its data key encrypts ID numbers, phones and addresses and seals every backup: if this computer&apos;s key is lost (a new Windows profile, a repaired disk), only this sheet brings the data back. Print it (or save it and print it), sign it and keep it in the office safe; then delete any saved copy from this computer.</source>
        <translation>The office is set up. Its data key encrypts ID numbers, phones and addresses and seals every backup: if this computer&apos;s key is lost (a new Windows profile, a repaired disk), only this sheet brings the data back. Print it (or save it and print it), sign it and keep it in the office safe; then delete any saved copy from this computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept. Finish to open the program.</source>
        <translation>Kept. Finish to open the program.</translation>
    </message>
</context>
</TS>
