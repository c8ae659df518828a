<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+77"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/pages/calendar_page.py" line="+57"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special days</source>
        <translation>Ngày nghỉ, ngày làm bù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a due date</source>
        <translation>Thử tính hạn</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Confirm the %1 calendar</source>
        <translation>Xác nhận lịch năm %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified table</source>
        <translation>Bảng đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed by the office</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by the office</source>
        <translation>Cơ quan đã điều chỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional – not confirmed</source>
        <translation>Dự kiến – chưa xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days off are estimated by rule; check them against the official notice for the year, correct them, then confirm.</source>
        <translation>các ngày nghỉ được dự kiến theo quy tắc; hãy đối chiếu với thông báo chính thức của năm, sửa nếu cần, rồi xác nhận.</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../desktop/pages/coming_soon.py" line="+19"/>
        <source>This page is coming in a later version; nothing on it works yet.</source>
        <translation>Trang này sẽ có trong phiên bản sau; hiện chưa có chức năng nào hoạt động.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Here the clerk will receive a citizen&apos;s dossier: choose the procedure, enter the applicant, give the dossier its code, compute the appointment date from the work calendar, and print the receipt with the appointment.</source>
        <translation>Tại đây, cán bộ một cửa sẽ tiếp nhận hồ sơ của công dân: chọn thủ tục hành chính, nhập thông tin người nộp, cấp mã hồ sơ, tính ngày hẹn trả kết quả theo lịch làm việc và in Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here the office will see the dossiers that are overdue or due soon, and prepare the apology letter with a new appointment for each late dossier.</source>
        <translation>Tại đây, cơ quan sẽ theo dõi các hồ sơ đã quá hạn hoặc sắp đến hạn, và lập Phiếu xin lỗi và hẹn lại ngày trả kết quả cho từng hồ sơ trễ hạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Here the office will record how satisfied citizens are with the handling of their dossiers, entered by the citizen at the desk or by the clerk.</source>
        <translation>Tại đây, cơ quan sẽ ghi nhận mức độ hài lòng của công dân đối với việc giải quyết hồ sơ, do công dân tự đánh giá tại quầy hoặc do cán bộ nhập.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Here the office will produce the dossier register and the monthly report on the handling of administrative procedures, ready to print or export to a spreadsheet.</source>
        <translation>Tại đây, cơ quan sẽ lập Sổ theo dõi hồ sơ và báo cáo hằng tháng về tình hình giải quyết thủ tục hành chính, sẵn sàng để in hoặc xuất ra bảng tính.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../desktop/widgets/day_dialog.py" line="+34"/>
        <source>Change a day</source>
        <translation>Điều chỉnh ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day off (holiday, day off by decision)</source>
        <translation>Ngày nghỉ (nghỉ lễ, Tết, nghỉ theo quyết định)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working day (e.g. a make-up Saturday)</source>
        <translation>Ngày làm việc (ví dụ thứ Bảy làm bù)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the office week again</source>
        <translation>Trở lại theo tuần làm việc thông thường</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Day off for the commune festival</source>
        <translation>Ví dụ: Nghỉ lễ hội truyền thống của xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Decision 12/QĐ-UBND of 02/01/2026</source>
        <translation>Ví dụ: Quyết định số 12/QĐ-UBND ngày 02/01/2026</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source document:</source>
        <translation>Căn cứ (văn bản):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the reason for this change (it is shown on due-date explanations).</source>
        <translation>Hãy nhập lý do điều chỉnh (lý do này được ghi trong phần giải thích ngày hẹn trả).</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desktop/widgets/day_panel.py" line="+23"/>
        <source>Selected day</source>
        <translation>Ngày đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Click a day in the calendar to see why it is a working day or not.</source>
        <translation>Bấm vào một ngày trên lịch để xem vì sao ngày đó là ngày làm việc hay ngày nghỉ.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Kind:</source>
        <translation>Loại ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed:</source>
        <translation>Đã xác nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this day…</source>
        <translation>Điều chỉnh ngày này…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follows the office week.</source>
        <translation>Theo tuần làm việc thông thường.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No (suggested)</source>
        <translation>Chưa (dự kiến)</translation>
    </message>
</context>
<context>
    <name>DayStyle</name>
    <message>
        <location filename="../../desktop/widgets/day_style.py" line="+31"/>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly day off</source>
        <translation>Nghỉ hằng tuần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday / day off</source>
        <translation>Ngày nghỉ lễ, nghỉ bù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/models/dossier_table_model.py" line="+94"/>
        <source>Dossier code</source>
        <extracomment>Emitted when the known total changes (after the first page of a search arrives).</extracomment>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/pages/dossiers_page.py" line="+38"/>
        <source>Search by dossier code, applicant name, phone or ID number</source>
        <translation>Tìm theo mã hồ sơ, tên người nộp, số điện thoại hoặc số CCCD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list (F5)</source>
        <translation>Tải lại danh sách (F5)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No dossier matches the search.</source>
        <translation>Không có hồ sơ nào khớp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossiers yet: dossiers accepted at the Intake page will appear here.</source>
        <translation>Chưa có hồ sơ nào: hồ sơ được tiếp nhận sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dossiers</source>
        <translation>%1 hồ sơ</translation>
    </message>
</context>
<context>
    <name>DueTester</name>
    <message>
        <location filename="../../desktop/widgets/due_tester.py" line="+32"/>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same day (cut-off time from the settings)</source>
        <translation>trong ngày (theo giờ chốt trong cài đặt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the due date</source>
        <translation>Tính ngày hẹn trả</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Received at:</source>
        <translation>Thời điểm tiếp nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the calendar before it is used: enter when a dossier is received and its time limit to see the appointment date and why.</source>
        <translation>Kiểm tra lịch trước khi dùng: nhập thời điểm tiếp nhận và thời hạn giải quyết để xem ngày hẹn trả và lý do.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Due: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../desktop/widgets/hours_editor.py" line="+31"/>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only from this date:</source>
        <translation>Chỉ áp dụng từ ngày:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save office hours</source>
        <translation>Lưu giờ làm việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected schedule</source>
        <translation>Xóa lịch giờ đang chọn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Periods are written as HH:MM-HH:MM separated by commas, for example 07:30-11:30,13:30-17:00. Without a date the hours apply to all days; with a date they apply from that day on, and earlier due dates keep the old hours.</source>
        <translation>Nhập các khung giờ dạng GG:PP-GG:PP, cách nhau bằng dấu phẩy, ví dụ 07:30-11:30,13:30-17:00. Không chọn ngày thì giờ mới áp dụng cho mọi ngày; có chọn ngày thì áp dụng từ ngày đó trở đi, các ngày trước đó vẫn theo giờ cũ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office hours:</source>
        <translation>Giờ làm việc:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Always (base hours)</source>
        <translation>Mặc định (giờ gốc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Office hours saved.</source>
        <translation>Đã lưu giờ làm việc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule removed.</source>
        <translation>Đã xóa lịch giờ.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/widgets/day_style.py" line="+36"/>
        <source>Not confirmed yet</source>
        <translation>Chưa xác nhận</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+94"/>
        <source>No office set up yet: open Settings to enter it.</source>
        <translation>Chưa khai báo cơ quan: vào mục Cài đặt để khai báo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — unit code %2</source>
        <translation>%1 — mã đơn vị %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="+13"/>
        <source>One-Stop Office</source>
        <translation>Một Cửa</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop/widgets/month_view.py" line="+56"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop/operations.py" line="+142"/>
        <source>An unexpected error occurred: %1</source>
        <extracomment>Shows an error to the user (set by the composition root: a message box over the main window). How often the GUI thread looks for finished calls while some are pending. Emitted (on the GUI thread) after each call&apos;s callbacks have run. Emitted when no call is pending any more: tests wait on it (``qtbot.waitUntil(ops.is_idle)``).</extracomment>
        <translation>Đã xảy ra lỗi ngoài dự kiến: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/pages/settings_page.py" line="+25"/>
        <source>e.g. H40.25.12</source>
        <translation>Ví dụ: H40.25.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. People&apos;s Committee of Hoa Thanh commune</source>
        <translation>Ví dụ: UBND xã Hoa Thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Hoa Thanh (printed before the date on documents)</source>
        <translation>Ví dụ: Hoa Thành (in trước ngày tháng trên văn bản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PEOPLE&apos;S COMMITTEE OF NGHE AN PROVINCE</source>
        <translation>Ví dụ: UBND TỈNH NGHỆ AN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place name:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit code begins every dossier code: change it only with care. The names are printed on receipts, letters and reports.</source>
        <translation>Mã đơn vị đứng đầu mọi mã hồ sơ: chỉ thay đổi khi thật cần thiết. Các tên được in trên giấy tiếp nhận, phiếu xin lỗi và báo cáo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No office is set up yet: fill in the form and save.</source>
        <translation>Chưa khai báo cơ quan: hãy điền thông tin rồi bấm Lưu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../desktop/models/special_days_model.py" line="+45"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desktop/widgets/weekdays.py" line="+12"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
</TS>
