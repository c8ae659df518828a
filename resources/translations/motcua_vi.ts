<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+78"/>
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
    <name>ApplicantForm</name>
    <message>
        <location filename="../../desktop/intake/applicant_form.py" line="+25"/>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name as on the identity card</source>
        <translation>Họ tên như trên thẻ căn cước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity no. (CCCD):</source>
        <translation>Số CCCD/định danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Email:</translation>
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
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop/intake/checklist_model.py" line="+43"/>
        <source>Component</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Cần nộp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitised</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed in</source>
        <translation>Đã nộp</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../desktop/intake/checklist_pane.py" line="+19"/>
        <source>&lt;b&gt;Components&lt;/b&gt; — tick what the citizen handed in (Space)</source>
        <translation>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt; — đánh dấu giấy tờ công dân đã nộp (phím Cách)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All handed in</source>
        <translation>Đã nộp đủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance for the citizen (printed on the supplement slip):</source>
        <translation>Nội dung hướng dẫn công dân (in trên phiếu yêu cầu bổ sung):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to add or correct, and how</source>
        <translation>Cần bổ sung, hoàn thiện gì và cách thực hiện</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needed component(s) not handed in: the dossier is incomplete.</source>
        <translation>Còn %1 thành phần cần nộp chưa có: hồ sơ chưa đầy đủ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every needed component is handed in.</source>
        <translation>Đã nộp đủ các thành phần cần thiết.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../desktop/widgets/code_scan.py" line="+44"/>
        <source>Dossier code or scan the receipt (F2)</source>
        <extracomment>Longest pause between two keys of a scanner&apos;s burst, in seconds.</extracomment>
        <translation>Mã hồ sơ hoặc quét giấy tiếp nhận (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or scan the code on the receipt, then Enter: the dossier opens at once.</source>
        <translation>Gõ hoặc quét mã trên giấy tiếp nhận rồi nhấn Enter: hồ sơ mở ngay.</translation>
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
    <name>DossierDetailPage</name>
    <message>
        <location filename="../../desktop/pages/dossier_detail.py" line="+56"/>
        <source>Hand over…</source>
        <extracomment>Emitted after a step was recorded (the list behind may need a refresh).</extracomment>
        <translation>Chuyển xử lý…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume…</source>
        <translation>Tiếp tục…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result ready…</source>
        <translation>Có kết quả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return result…</source>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop / withdraw…</source>
        <translation>Dừng/Rút hồ sơ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct intake details…</source>
        <translation>Sửa thông tin tiếp nhận…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Control sheet</source>
        <translation>Phiếu kiểm soát quá trình giải quyết</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Stop notice</source>
        <translation>Thông báo dừng giải quyết</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Apology letter</source>
        <translation>Thư xin lỗi và hẹn lại</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reprint receipt</source>
        <translation>In lại giấy tiếp nhận</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>← Dossier list</source>
        <translation>← Danh sách hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Esc)</source>
        <translation>Về danh sách (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statutory due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment:</source>
        <translation>Hẹn lại:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now with:</source>
        <translation>Đang xử lý:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel / delivery:</source>
        <translation>Hình thức nộp / nhận:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt:</source>
        <translation>Giấy tiếp nhận:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pauses (the clock stops)</source>
        <translation>Tạm dừng (không tính thời gian)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Steps</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forms</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation>bản số %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Handed over to %1.</source>
        <translation>Đã chuyển xử lý cho %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested: the clock is stopped until the citizen supplies it.</source>
        <translation>Đã yêu cầu bổ sung: tạm dừng tính thời gian đến khi công dân bổ sung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing resumed: the due moment was recomputed.</source>
        <translation>Đã tiếp tục giải quyết: hạn giải quyết được tính lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result recorded: the dossier is ready to be returned.</source>
        <translation>Đã ghi nhận có kết quả: hồ sơ sẵn sàng trả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result returned to %1. The citizen&apos;s rating is recorded in the Ratings screen.</source>
        <translation>Đã trả kết quả cho %1. Mời công dân đánh giá: ghi nhận ở màn hình Đánh giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier is stopped; the stop notice can be printed.</source>
        <translation>Hồ sơ đã dừng giải quyết; có thể in thông báo dừng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction saved; the receipt is reprinted as a new version.</source>
        <translation>Đã lưu thông tin sửa; giấy tiếp nhận được in lại với số bản mới.</translation>
    </message>
</context>
<context>
    <name>DossierFilterBar</name>
    <message>
        <location filename="../../desktop/pages/dossier_filters.py" line="+44"/>
        <source>Search by dossier code, applicant name, phone or ID number</source>
        <translation>Tìm theo mã hồ sơ, tên người nộp, số điện thoại hoặc số CCCD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Mọi hình thức nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>Tiếp nhận từ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished dossiers due within one working day</source>
        <translation>Hồ sơ chưa có kết quả, đến hạn trong vòng một ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished dossiers past their statutory due moment</source>
        <translation>Hồ sơ chưa có kết quả, đã quá hạn giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/models/dossier_table_model.py" line="+103"/>
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
        <location filename="../../desktop/pages/dossiers_page.py" line="+86"/>
        <source>Refresh</source>
        <extracomment>Emitted once a dossier is shown (the main window brings this page forward).</extracomment>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list (F5)</source>
        <translation>Tải lại danh sách (F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or Enter opens a dossier.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <location line="+41"/>
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
    <name>DuePanel</name>
    <message>
        <location filename="../../desktop/intake/due_panel.py" line="+43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · field %2 · time limit: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · lĩnh vực %2 · thời hạn: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing the appointment…</source>
        <translation>Đang tính ngày hẹn trả…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointment: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this date:</source>
        <translation>Vì sao là ngày này:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a procedure to see the appointment date.</source>
        <translation>Chọn thủ tục để xem ngày hẹn trả kết quả.</translation>
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
    <name>IntakeActions</name>
    <message>
        <location filename="../../desktop/intake/actions.py" line="+20"/>
        <source>Dossier incomplete</source>
        <translation>Hồ sơ chưa đủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a supplement slip instead of accepting the dossier</source>
        <translation>Lập phiếu yêu cầu bổ sung thay vì tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse intake…</source>
        <translation>Từ chối tiếp nhận…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (Ctrl+N)</source>
        <translation>Hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue supplement slip (Ctrl+S)</source>
        <translation>Lập phiếu yêu cầu bổ sung (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip and print (Ctrl+P)</source>
        <translation>Lập phiếu và in (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept and save (Ctrl+S)</source>
        <translation>Tiếp nhận và lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and print (Ctrl+P)</source>
        <translation>Lưu và in giấy hẹn (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <location filename="../../desktop/intake/options.py" line="+29"/>
        <source>Submission and fee</source>
        <translation>Hình thức nộp và phí</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submitted:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by:</source>
        <translation>Cách nộp phí:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result delivered:</source>
        <translation>Nhận kết quả:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desktop/pages/intake_page.py" line="+78"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Refuse intake</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the dossier refused? The reason is printed on the refusal slip.</source>
        <translation>Lý do từ chối tiếp nhận hồ sơ (được in trên phiếu từ chối):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a procedure first.</source>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt and appointment slip %1</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement slip %1</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refusal slip %1</source>
        <translation>Phiếu từ chối tiếp nhận hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>IssuedBanner</name>
    <message>
        <location filename="../../desktop/intake/issued_banner.py" line="+38"/>
        <source>Dossier accepted — %1</source>
        <translation>Đã tiếp nhận hồ sơ — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not accepted — supplement slip for %1</source>
        <translation>Chưa tiếp nhận — phiếu yêu cầu bổ sung cho %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier code is given until the dossier is complete.</source>
        <translation>Chưa cấp mã hồ sơ cho đến khi hồ sơ đầy đủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake refused — refusal slip for %1</source>
        <translation>Từ chối tiếp nhận — phiếu từ chối cho %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier code is given.</source>
        <translation>Không cấp mã hồ sơ.</translation>
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
    <name>Lifecycle</name>
    <message>
        <location filename="../../desktop/lifecycle/documents.py" line="+50"/>
        <source>Saved %1</source>
        <extracomment>Forms a dossier&apos;s page reprints: kind → file name stem.</extracomment>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/correct_dialog.py" line="+22"/>
        <source>Correct intake details</source>
        <translation>Sửa thông tin tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old value and the reason are kept in the history; the receipt is reprinted with a new version number.</source>
        <translation>Giá trị cũ và lý do được lưu trong quá trình giải quyết; giấy tiếp nhận được in lại với số bản mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field:</source>
        <translation>Thông tin cần sửa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the correction</source>
        <translation>Lưu thông tin sửa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. The name was typed wrong at intake</source>
        <translation>VD: Gõ nhầm họ tên khi tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current value:</source>
        <translation>Giá trị hiện tại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>Giá trị mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New choice:</source>
        <translation>Chọn giá trị mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/lifecycle/dialogs.py" line="+116"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/lifecycle/wording.py" line="+56"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/dialogs.py" line="-50"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hand over for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who receives the dossier now (a row of the control sheet).</source>
        <translation>Ghi người hoặc cơ quan nhận hồ sơ (một dòng của phiếu kiểm soát).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (officer or agency):</source>
        <translation>Chuyển cho (công chức, cơ quan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Civil status officer Lê Văn Bình</source>
        <translation>VD: Công chức Tư pháp – Hộ tịch Lê Văn Bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Bên giao:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock stops until the citizen supplies what is missing.</source>
        <translation>Tạm dừng tính thời gian giải quyết đến khi công dân bổ sung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items to add (one per line):</source>
        <translation>Giấy tờ cần bổ sung (mỗi dòng một loại):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the citizen since %1.</source>
        <translation>Chờ công dân bổ sung từ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen has supplied what was asked: the clock runs on and the due moment moves by the paused working time.</source>
        <translation>Công dân đã bổ sung: tiếp tục tính thời gian, hạn giải quyết lùi thêm đúng thời gian làm việc đã tạm dừng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume processing</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/lifecycle/wording.py" line="-11"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the result of this dossier is ready to be returned.</source>
        <translation>Ghi nhận hồ sơ đã có kết quả, sẵn sàng trả cho công dân.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Birth certificate no. 15/2026</source>
        <translation>VD: Giấy khai sinh số 15/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who collected the result.</source>
        <translation>Ghi người nhận kết quả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the return</source>
        <translation>Ghi nhận đã trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop or withdraw the dossier</source>
        <translation>Dừng/Rút hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier stops being processed; a stop notice can be printed.</source>
        <translation>Hồ sơ dừng giải quyết; có thể in thông báo dừng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Trường hợp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the dossier</source>
        <translation>Dừng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/timeline_view.py" line="+27"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No pause: the clock has run without stopping.</source>
        <translation>Không có: thời gian giải quyết chưa tạm dừng lần nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still waiting</source>
        <translation>nay (đang chờ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2: %3</source>
        <translation>Từ %1 đến %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/wording.py" line="-17"/>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier accepted</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing resumed</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped or withdrawn</source>
        <translation>Dừng/Rút hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake details corrected</source>
        <translation>Sửa thông tin tiếp nhận</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: “%2” → “%3”. Reason: %4.</source>
        <translation>%1: “%2” → “%3”. Lý do: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt version %1.</source>
        <translation>Giấy tiếp nhận bản số %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2.</source>
        <translation>Từ %1 đến %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1.</source>
        <translation>Lý do: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add: %1.</source>
        <translation>Cần bổ sung: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due: %1</source>
        <translation>Hạn giải quyết: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collected by %1</source>
        <translation>Người nhận: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+120"/>
        <source>No office set up yet: open Settings to enter it.</source>
        <extracomment>A dossier code typed in the header&apos;s entry or scanned anywhere (install `scan_listener` on the app).</extracomment>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/widgets/pdf_preview.py" line="+39"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+64"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../desktop/intake/procedure_picker.py" line="+33"/>
        <source>Type part of the name or code, e.g. khai sinh</source>
        <translation>Gõ một phần tên hoặc mã thủ tục, ví dụ: khai sinh</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/intake/reason_dialog.py" line="+21"/>
        <source>Issue the refusal slip</source>
        <translation>Lập phiếu từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
