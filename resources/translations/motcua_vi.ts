<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/accounts/users_panel.py" line="+74"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles of %1</source>
        <translation>Vai trò của %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login (no accents):</source>
        <translation>Tên đăng nhập (không dấu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Chức danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password:</source>
        <translation>Mật khẩu ban đầu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-51"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked by the admin</source>
        <translation>bị quản trị viên khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../desktop/late/apology_dialog.py" line="+47"/>
        <source>Apology and new appointment — %1</source>
        <translation>Xin lỗi và hẹn lại — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own fault (chủ quan)</source>
        <translation>Chủ quan (do cơ quan giải quyết)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External (khách quan)</source>
        <translation>Khách quan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chairman&apos;s name from the settings</source>
        <translation>Tên chủ tịch trong phần Cài đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed over in person</source>
        <translation>Trao trực tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By post</source>
        <translation>Gửi qua bưu chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS text</source>
        <translation>Tin nhắn SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the delay:</source>
        <translation>Lý do chậm trả kết quả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault:</source>
        <translation>Nguyên nhân:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment:</source>
        <translation>Ngày hẹn mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by:</source>
        <translation>Cách gửi:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SMS text</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text for SMS or email:</source>
        <translation>Nội dung tin nhắn SMS hoặc email:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue and print…</source>
        <translation>Ghi và in…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory due moment: %1 (it never changes). The letter is due by %2.</source>
        <translation>Hạn giải quyết theo quy định: %1 (không thay đổi). Văn bản xin lỗi phải gửi chậm nhất %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dossier was already re-appointed (until %1). Only one re-appointment is allowed: a second one needs an admin and a written reason.</source>
        <translation>Hồ sơ này đã được hẹn lại một lần (đến %1). Chỉ được hẹn lại một lần: lần thứ hai cần quản trị viên cho phép và ghi rõ lý do.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admin override</source>
        <translation>Quản trị viên cho phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a second re-appointment is allowed</source>
        <translation>Lý do cho phép hẹn lại lần thứ hai</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/compose.py" line="+210"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Dossiers</source>
        <extracomment>How long after the list has painted the watchers start (building the board takes the GUI thread a moment: the clerk&apos;s first scroll or click comes first).</extracomment>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+94"/>
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
        <source>Provincial hand-over</source>
        <translation>Chuyển hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This desk now holds the office key.</source>
        <translation>Máy này đã có khoá dữ liệu của cơ quan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data key</source>
        <translation>Khoá dữ liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open the board</source>
        <translation>Mở bảng theo dõi</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The backup is restored. The data it replaced was backed up first (%1). The program closes now: open it again to go on.</source>
        <translation>Đã khôi phục bản sao lưu. Dữ liệu bị thay thế đã được sao lưu trước (%1). Chương trình sẽ đóng: hãy mở lại để làm việc tiếp.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="+265"/>
        <source>The desk was locked after %1 minutes without use: log in again.</source>
        <translation>Máy đã tự khoá sau %1 phút không dùng: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Demo office: log in as %1 with the password %2.</source>
        <translation>Cơ quan mẫu: đăng nhập bằng tài khoản %1, mật khẩu %2.</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../desktop/intake/applicant_form.py" line="+31"/>
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
        <location line="+7"/>
        <source>Scan the QR code of the identity card (F4)</source>
        <translation>Quét mã QR trên thẻ CCCD (F4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code on the citizen&apos;s chip-based identity card: the name, identity number and address are filled from it, nothing is saved. A scan into any field of this page does the same (F4).</source>
        <translation>Quét mã QR trên thẻ CCCD gắn chip của công dân: họ tên, số định danh và địa chỉ được điền từ thẻ, chưa lưu gì cả. Quét vào bất kỳ ô nào của màn hình này cũng được (F4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Card QR:</source>
        <translation>Mã QR thẻ:</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+51"/>
        <source>Read from the identity card&apos;s QR code</source>
        <translation>Đọc từ mã QR trên thẻ CCCD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the CCCD: %1, born %2, %3</source>
        <translation>Đọc từ CCCD: %1, sinh ngày %2, %3</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../desktop/auto_backup.py" line="+48"/>
        <source>Passphrase of the data key</source>
        <translation>Cụm mật khẩu của khóa dữ liệu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic backups are off: no data key.</source>
        <translation>Sao lưu tự động đang tắt: chưa có khóa dữ liệu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backed up and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../desktop/backup/panel.py" line="+69"/>
        <source>&amp;Back up now</source>
        <extracomment>A restore finished: the composition root closes the window (the database must be reopened).</extracomment>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Khôi &amp;phục…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are encrypted with the office&apos;s data key and checked after writing; 14 daily and 12 monthly ones are kept, beside the database and in the second folder if one is set (Settings → Office settings → Backups). A restore first backs up what it replaces.</source>
        <translation>Bản sao lưu được mã hoá bằng khoá dữ liệu của cơ quan và được kiểm tra ngay sau khi ghi; giữ 14 bản hằng ngày và 12 bản hằng tháng, cạnh cơ sở dữ liệu và trong thư mục thứ hai nếu có đặt (Cài đặt → Thông số cơ quan → Sao lưu). Khôi phục thì dữ liệu đang có được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No data key on this desk: backups cannot be made or read here.</source>
        <translation>Máy này chưa có khoá dữ liệu: không tạo hay đọc được bản sao lưu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is sound: it decrypts, passes the integrity check and its row counts match.</source>
        <translation>%1 tốt: giải mã được, qua kiểm tra toàn vẹn và số dòng khớp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the office&apos;s data with the backup of %1 (%2 dossiers)? What is there now is backed up first and no backup is deleted. The program closes afterwards: open it again.</source>
        <translation>Thay dữ liệu của cơ quan bằng bản sao lưu lúc %1 (%2 hồ sơ)? Dữ liệu hiện có được sao lưu trước và không bản sao lưu nào bị xoá. Sau đó chương trình sẽ đóng: hãy mở lại.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A backup of another office</source>
        <translation>Bản sao lưu của cơ quan khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it anyway, replacing this office&apos;s data? This is written into the audit trail.</source>
        <translation>Vẫn khôi phục, thay dữ liệu của cơ quan này? Việc này được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location line="-148"/>
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at exit</source>
        <translation>khi đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>trước khôi phục</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../../desktop/late/board_model.py" line="+26"/>
        <source>No apology yet</source>
        <translation>Chưa có văn bản xin lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apology issued, new appointment %1</source>
        <translation>Đã xin lỗi, hẹn lại %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment %1 has passed too</source>
        <translation>Đã quá cả ngày hẹn lại %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (statutory)</source>
        <translation>Hạn theo quy định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Xin lỗi</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/work_calendar/page.py" line="+82"/>
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
        <location line="-15"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reload the year</source>
        <translation>Tải lại lịch năm</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Confirm the %1 calendar</source>
        <translation>&amp;Xác nhận lịch năm %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified table</source>
        <translation>Bảng đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the office</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by the office</source>
        <translation>Cơ quan đã điều chỉnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provisional – not confirmed</source>
        <translation>Dự kiến – chưa xác nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days off are estimated by rule; check them against the official notice for the year, correct them, then confirm.</source>
        <translation>các ngày nghỉ được dự kiến theo quy tắc; hãy đối chiếu với thông báo chính thức của năm, sửa nếu cần, rồi xác nhận.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../desktop/catalog/catalog_model.py" line="+21"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee (VND)</source>
        <translation>Phí, lệ phí (đồng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawn</source>
        <translation>ngừng áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/catalog/data.py" line="+57"/>
        <source>Same day (cut-off %1)</source>
        <translation>Trong ngày (chốt %1)</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../desktop/catalog/catalog_panel.py" line="+51"/>
        <source>Search by code or name, accents optional</source>
        <translation>Tìm theo mã hoặc tên thủ tục, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw / offer again</source>
        <translation>Ngừng / á&amp;p dụng lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search the catalog</source>
        <translation>Tìm trong danh mục thủ tục</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+25"/>
        <source>Choose a procedure first.</source>
        <translation>Hãy chọn một thủ tục trước.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import the catalog</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n procedure(s).</source>
        <translation>
            <numerusform>Đã nhập %n thủ tục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n procedure(s).</source>
        <translation>
            <numerusform>Đã xuất %n thủ tục.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export the catalog</source>
        <translation>Xuất danh mục thủ tục</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/report/cell_dialog.py" line="+45"/>
        <source>%n dossier(s).</source>
        <translation>
            <numerusform>%n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No dossier in this cell.</source>
        <translation>Ô này không có hồ sơ nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier code</source>
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
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open dossier</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../desktop/report/changes_view.py" line="+123"/>
        <source>Changes since the submission</source>
        <translation>Thay đổi so với bản đã nộp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures differ from revision %1 as submitted. Submit again to record them as a new revision.</source>
        <translation>Các số liệu này khác với lần nộp %1. Hãy nộp lại để ghi nhận thành lần nộp mới.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <location line="-89"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop/intake/checklist_model.py" line="+102"/>
        <source>Component</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Cần nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitised</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed in</source>
        <translation>Đã nộp</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>✓ %n file(s)</source>
        <translation>
            <numerusform>✓ %n tệp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scanned file yet: Scan/Attach… or drop a file on the row</source>
        <translation>Chưa có tệp quét: bấm Quét/Đính kèm… hoặc kéo thả tệp vào dòng này</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../desktop/intake/checklist_pane.py" line="+27"/>
        <source>Scan/Atta&amp;ch…</source>
        <translation>Quét/Đính &amp;kèm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned files of the chosen component, attached with the dossier (or drop them on its row)</source>
        <translation>Tệp quét của thành phần đang chọn, được đính kèm cùng hồ sơ (hoặc kéo thả tệp vào dòng của nó)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove files</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach the files chosen for this component</source>
        <translation>Không đính kèm các tệp đã chọn cho thành phần này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Components&lt;/b&gt; — tick what the citizen handed in (Space)</source>
        <translation>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt; — đánh dấu giấy tờ công dân đã nộp (phím Cách)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All handed in</source>
        <translation>Đã &amp;nộp đủ</translation>
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
    <message numerus="yes">
        <location line="+24"/>
        <source>%n needed component(s) not handed in: the dossier is incomplete.</source>
        <translation>
            <numerusform>Còn %n thành phần cần nộp chưa có: hồ sơ chưa đầy đủ.</numerusform>
        </translation>
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
        <location filename="../../desktop/widgets/code_scan.py" line="+59"/>
        <source>Dossier code or scan the receipt (F2)</source>
        <extracomment>Longest pause between two keys of a scanner&apos;s burst, in seconds. A citizen&apos;s card QR scanned into this box by mistake: handed on, not looked up as a code.</extracomment>
        <translation>Mã hồ sơ hoặc quét giấy tiếp nhận (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or scan the code on the receipt, then Enter: the dossier opens at once.</source>
        <translation>Gõ hoặc quét mã trên giấy tiếp nhận rồi nhấn Enter: hồ sơ mở ngay.</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../desktop/core_words.py" line="+26"/>
        <source>Đang giải quyết</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ công dân bổ sung</source>
        <translation>Chờ công dân bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có kết quả</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã trả kết quả</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã dừng/rút</source>
        <translation>Đã dừng/rút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không thu phí</source>
        <translation>Không thu phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền mặt</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển khoản</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tuyến</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qua dịch vụ bưu chính</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tiếp</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dịch vụ bưu chính</source>
        <translation>Dịch vụ bưu chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Họ tên người nộp</source>
        <translation>Họ tên người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức nộp</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách nhận kết quả</source>
        <translation>Cách nhận kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách nộp phí</source>
        <translation>Cách nộp phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công dân xin rút hồ sơ</source>
        <translation>Công dân xin rút hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dừng giải quyết hồ sơ</source>
        <translation>Dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối giải quyết sau tiếp nhận</source>
        <translation>Từ chối giải quyết sau tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không hài lòng</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hài lòng</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rất hài lòng</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công dân tự đánh giá</source>
        <translation>Công dân tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán bộ nhập theo ý kiến công dân</source>
        <translation>Cán bộ nhập theo ý kiến công dân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bản chính</source>
        <translation>bản chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bản sao</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bản chính hoặc bản sao</source>
        <translation>bản chính hoặc bản sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xuất trình</source>
        <translation>xuất trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn</source>
        <translation>Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ tiếp nhận trực tuyến</source>
        <translation>Tỷ lệ hồ sơ tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ được số hóa</source>
        <translation>Tỷ lệ hồ sơ được số hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ thanh toán phí, lệ phí trực tuyến</source>
        <translation>Tỷ lệ thanh toán phí, lệ phí trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi</source>
        <translation>Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ người dân hài lòng, rất hài lòng</source>
        <translation>Tỷ lệ người dân hài lòng, rất hài lòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ngày làm việc</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giờ làm việc</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trong ngày</source>
        <translation>trong ngày</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/report/dashboard.py" line="+86"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To handle
(3)</source>
        <translation>Nhận GQ
(3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved
(7)</source>
        <translation>Đã GQ
(7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time
(8)+(9)</source>
        <translation>Đúng hạn
(8)+(9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late
(10)+(13)</source>
        <translation>Quá hạn
(10)+(13)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the months: %v of %m</source>
        <translation>Đang tính các tháng: %v/%m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By field, this month</source>
        <translation>Theo lĩnh vực, tháng này</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 against the targets; the twelve months to it</source>
        <translation>%1 so với chỉ tiêu; diễn biến 12 tháng đến tháng này</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../desktop/work_calendar/day_dialog.py" line="+44"/>
        <source>Change a day</source>
        <translation>Điều chỉnh ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;off (holiday, day off by decision)</source>
        <translation>Ngày &amp;nghỉ (nghỉ lễ, Tết, nghỉ theo quyết định)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working day (e.g. a make-up Saturday)</source>
        <translation>Ngày làm &amp;việc (ví dụ thứ Bảy làm bù)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow the office week again</source>
        <translation>&amp;Trở lại theo tuần làm việc thông thường</translation>
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
        <location line="+7"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source document:</source>
        <translation>Căn cứ (văn bản):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../../desktop/work_calendar/day_panel.py" line="+23"/>
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
        <source>C&amp;hange this day…</source>
        <translation>Điều &amp;chỉnh ngày này…</translation>
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
        <location filename="../../desktop/work_calendar/day_style.py" line="+31"/>
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
    <name>DeskClock</name>
    <message>
        <location filename="../../desktop/desk_clock.py" line="+33"/>
        <source>Accept this computer&apos;s time…</source>
        <translation>Chấp nhận giờ của máy…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept this computer&apos;s time</source>
        <translation>Chấp nhận giờ của máy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is this computer&apos;s time right although the data holds a later moment? (kept in the audit trail)</source>
        <translation>Vì sao giờ của máy này đúng dù dữ liệu đã ghi một thời điểm muộn hơn? (ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s time was accepted; the earlier moment stays in the audit trail.</source>
        <translation>Đã chấp nhận giờ của máy; thời điểm đã ghi trước đó vẫn nằm trong nhật ký kiểm tra.</translation>
    </message>
</context>
<context>
    <name>DissatisfiedModel</name>
    <message>
        <location filename="../../desktop/ratings/figures_model.py" line="+72"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated at</source>
        <translation>Thời điểm đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no comment)</source>
        <translation>(không có góp ý)</translation>
    </message>
</context>
<context>
    <name>DossierDetailPage</name>
    <message>
        <location filename="../../desktop/dossiers/detail.py" line="+88"/>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control sheet</source>
        <translation>Phiếu kiểm soát quá trình giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop notice</source>
        <translation>Thông báo dừng giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology letter</source>
        <translation>Thư xin lỗi và hẹn lại</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Chuyển xử lý…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>One dossier</source>
        <extracomment>Emitted after a step was recorded (the list behind may need a refresh). Emitted after the result was returned: the composition root asks the citizen for a rating.</extracomment>
        <translation>Một hồ sơ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request &amp;supplement…</source>
        <translation>&amp;Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume…</source>
        <translation>Tiếp &amp;tục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result &amp;ready…</source>
        <translation>Có &amp;kết quả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop / &amp;withdraw…</source>
        <translation>&amp;Dừng/Rút hồ sơ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct intake details…</source>
        <translation>&amp;Sửa thông tin tiếp nhận…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;print receipt</source>
        <translation>&amp;In lại giấy tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrol sheet</source>
        <translation>&amp;Phiếu kiểm soát quá trình giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;notice</source>
        <translation>Thông &amp;báo dừng giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apology letter</source>
        <translation>Thư xin &amp;lỗi và hẹn lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the dossier</source>
        <translation>Tải lại hồ sơ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>← Dossier list</source>
        <translation>← Danh sách hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Esc)</source>
        <translation>Về danh sách (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment:</source>
        <translation>Hẹn lại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now with:</source>
        <translation>Đang xử lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel / delivery:</source>
        <translation>Hình thức nộp / nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt:</source>
        <translation>Giấy tiếp nhận:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pauses (the clock stops)</source>
        <translation>Tạm dừng (không tính thời gian)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Steps</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forms</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+40"/>
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
        <source>Result returned to %1. The citizen is asked for a rating.</source>
        <translation>Đã trả kết quả cho %1. Mời công dân bấm phím trên màn hình Đánh giá mức độ hài lòng.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../desktop/dossiers/filters.py" line="+55"/>
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
        <source>Received &amp;from</source>
        <translation>Tiếp &amp;nhận từ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due &amp;soon</source>
        <translation>&amp;Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Late</source>
        <translation>&amp;Trễ hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unfinished dossiers due within one working day</source>
        <translation>Hồ sơ chưa có kết quả, đến hạn trong vòng một ngày làm việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfinished dossiers past their statutory due moment</source>
        <translation>Hồ sơ chưa có kết quả, đã quá hạn giải quyết</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>DossierPapersView</name>
    <message numerus="yes">
        <location filename="../../desktop/attachments/dossier_papers.py" line="+110"/>
        <source>Attached %n file(s) to %1.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be read now (the scanner may still be writing it).</source>
        <translation>Chưa đọc được %1 (máy quét có thể vẫn đang ghi tệp).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Đã in %n trang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/dossiers/table_model.py" line="+100"/>
        <source>Dossier code</source>
        <extracomment>Emitted when the known total changes (after the first page of a search arrives).</extracomment>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/dossiers/page.py" line="+109"/>
        <source>Refresh</source>
        <extracomment>Emitted once a dossier is shown (the main window brings this page forward). A dossier&apos;s result was returned on its page (the composition root asks the citizen for a rating).</extracomment>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Reload the list</source>
        <translation>Tải lại danh sách</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the dossiers</source>
        <translation>Tìm kiếm hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or Enter opens a dossier.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No dossier matches the search.</source>
        <translation>Không có hồ sơ nào khớp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dossiers yet: dossiers accepted at the Intake page will appear here.</source>
        <translation>Chưa có hồ sơ nào: hồ sơ được tiếp nhận sẽ hiện ở đây.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../desktop/intake/due_panel.py" line="+46"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · field %2 · time limit: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · lĩnh vực %2 · thời hạn: %3</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../desktop/work_calendar/due_tester.py" line="+43"/>
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
        <source>Co&amp;mpute the due date</source>
        <translation>&amp;Tính ngày hẹn trả</translation>
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
        <location line="+3"/>
        <source>Check the calendar before it is used: enter when a dossier is received and its time limit to see the appointment date and why.</source>
        <translation>Kiểm tra lịch trước khi dùng: nhập thời điểm tiếp nhận và thời hạn giải quyết để xem ngày hẹn trả và lý do.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <location filename="../../desktop/ratings/evaluation_editor.py" line="+59"/>
        <source>Dossier code</source>
        <extracomment>Shows PDF bytes with a title and a file name (the shared preview by default; tests pass their own).</extracomment>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open sheet</source>
        <translation>&amp;Mở bảng đánh giá</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Tên chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Điểm chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Self-score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+96"/>
        <source>Reviewed</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save and &amp;print…</source>
        <translation>Lưu và &amp;in…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New sheet: indicators 1 and 3 are suggested from the dossier&apos;s history; check them.</source>
        <translation>Bảng mới: chỉ số 1 và 3 được gợi ý theo quá trình giải quyết hồ sơ; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of 9 indicators scored</source>
        <translation>đã chấm %1/9 chỉ số</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluation sheet saved.</source>
        <translation>Đã lưu bảng đánh giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation sheet — %1</source>
        <translation>Bảng đánh giá — %1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../desktop/ratings/figures_model.py" line="-51"/>
        <source>Ratings</source>
        <translation>Số đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction rate</source>
        <translation>Tỷ lệ hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/report/figures_model.py" line="+86"/>
        <source>Total</source>
        <extracomment>A cell of the report: (column key, field name or None for the totals row).</extracomment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — double-click to list these dossiers</source>
        <translation>%1 — nhấp đúp để xem danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/ratings/figures_view.py" line="+37"/>
        <source>Save the figures as Excel</source>
        <translation>Lưu số liệu ra tệp Excel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This &amp;month</source>
        <translation>&amp;Tháng này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This &amp;year</source>
        <translation>&amp;Năm nay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Theo hình thức nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not satisfied: follow up</source>
        <translation>Không hài lòng: cần xử lý</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No ratings in this period.</source>
        <translation>Không có đánh giá nào trong kỳ này.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rating(s). Satisfaction rate %1 (target %2). Not satisfied: %3.</source>
        <translation>
            <numerusform>%n đánh giá. Tỷ lệ hài lòng %1 (chỉ tiêu %2). Không hài lòng: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/first_run_wizard.py" line="+115"/>
        <source>Set up the office — %1</source>
        <translation>Thiết lập cơ quan — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set up the office</source>
        <translation>&amp;Thiết lập cơ quan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. H40.25.12</source>
        <translation>Ví dụ: H40.25.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. People&apos;s Committee of Hoa Thanh commune</source>
        <translation>Ví dụ: UBND xã Hoa Thành</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This person also receives dossiers at the desk (desk clerk role)</source>
        <translation>Người này cũng tiếp nhận hồ sơ tại quầy (vai trò cán bộ một cửa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province&apos;s procedure catalog</source>
        <translation>Danh mục thủ tục của tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register kept until now</source>
        <translation>Sổ theo dõi hồ sơ đã có</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
        <source>As printed at the top of every receipt and report. The unit code begins every dossier code.</source>
        <translation>Như in ở đầu mỗi giấy tiếp nhận và báo cáo. Mã đơn vị đứng đầu mọi mã hồ sơ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signers and office hours</source>
        <translation>Người ký và giờ làm việc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chairman&apos;s name:</source>
        <translation>Họ tên Chủ tịch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chairman&apos;s title:</source>
        <translation>Chức danh Chủ tịch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing on behalf of:</source>
        <translation>Ký thay mặt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver&apos;s title:</source>
        <translation>Chức danh người tiếp nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours:</source>
        <translation>Giờ làm việc:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours as periods, e.g. 07:30-11:30,13:30-17:00; holidays and swap days come with the program.</source>
        <translation>Giờ làm việc theo các khoảng, ví dụ 07:30-11:30,13:30-17:00; ngày lễ và ngày làm bù có sẵn trong chương trình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator&apos;s account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login (no accents):</source>
        <translation>Tên đăng nhập (không dấu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Chức danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 characters or more):</source>
        <translation>Mật khẩu (từ 8 ký tự trở lên):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator manages accounts, settings, the catalog, the calendar and backups.</source>
        <translation>Quản trị viên quản lý tài khoản, cài đặt, danh mục thủ tục, lịch làm việc và sao lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: bring your existing lists</source>
        <translation>Không bắt buộc: đưa vào các danh sách đã có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedure catalog (.csv, .xlsx):</source>
        <translation>Danh mục thủ tục (.csv, .xlsx):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier register (.csv, .xlsx):</source>
        <translation>Sổ theo dõi hồ sơ (.csv, .xlsx):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to start with the bundled catalog and no dossiers. Files are checked whole: a bad line names itself and nothing is imported.</source>
        <translation>Để trống để bắt đầu với danh mục có sẵn và chưa có hồ sơ nào. Tệp được kiểm tra toàn bộ: dòng nào sai sẽ được chỉ rõ và không có gì được nhập.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up the office…</source>
        <translation>Đang thiết lập cơ quan…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print or save the recovery sheet first.</source>
        <translation>Hãy in hoặc lưu phiếu khôi phục khoá trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office is set up: print or save the recovery sheet first (Settings → Data key prints it again later).</source>
        <translation>Cơ quan đã được thiết lập: hãy in hoặc lưu phiếu khôi phục khoá trước (sau này in lại ở Cài đặt → Khoá dữ liệu).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The office is set up. This desk has no data key: an admin prints the recovery sheet from Settings → Data key once the key is here.</source>
        <translation>Cơ quan đã được thiết lập. Máy này chưa có khoá dữ liệu: khi có khoá, quản trị viên in phiếu khôi phục khoá ở Cài đặt → Khoá dữ liệu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key recovery sheet (fingerprint %1)</source>
        <translation>Phiếu khôi phục khoá (dấu vân tay %1)</translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../../desktop/late/summary.py" line="+73"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soon</source>
        <translation>Sắp hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not handed over)</source>
        <translation>(chưa chuyển xử lý)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/help.py" line="+57"/>
        <source>User guide</source>
        <extracomment>Room left beside a screenshot in the guide window (margins and the scroll bar). Space above a heading, by level (the Markdown import leaves none).</extracomment>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop/handover/mapping_dialog.py" line="+16"/>
        <source>Provincial dossier code</source>
        <translation>Mã hồ sơ trên hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number (CCCD)</source>
        <translation>Số CCCD/định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant&apos;s name</source>
        <translation>Họ tên người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure (code or name)</source>
        <translation>Thủ tục (mã hoặc tên)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance date</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/handover/result_view.py" line="+27"/>
        <source>matches none of our dossiers</source>
        <translation>không khớp hồ sơ nào của cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches several dossiers: check by hand</source>
        <translation>khớp nhiều hồ sơ: cần kiểm tra bằng tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no provincial code</source>
        <translation>thiếu mã hồ sơ của tỉnh</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop/handover/page.py" line="+48"/>
        <source>Provincial export</source>
        <translation>Tệp xuất từ hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the list</source>
        <translation>Xuất danh sách chờ nhập</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>code given by the provincial system</source>
        <translation>mã do hệ thống tỉnh cấp</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n dossier(s) to enter in the provincial system, oldest first</source>
        <translation>
            <numerusform>%n hồ sơ chờ nhập vào hệ thống tỉnh (cũ nhất trước)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Exported %n dossier(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ ra %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Nothing to enter: every dossier is in the provincial system.</source>
        <translation>Không còn hồ sơ chờ nhập: mọi hồ sơ đã có trên hệ thống tỉnh.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Office layout</source>
        <translation>Mẫu của văn phòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National portal layout</source>
        <translation>Mẫu Cổng DVC quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export layout</source>
        <translation>Mẫu tệp xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout of the exported list: the office&apos;s own columns, or the national portal&apos;s field names and status codes (resources/handover/national.json)</source>
        <translation>Mẫu của tệp xuất: các cột của văn phòng, hoặc tên trường và mã trạng thái của Cổng DVC quốc gia (resources/handover/national.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provincial c&amp;ode of the selected dossier:</source>
        <translation>&amp;Mã trên hệ thống tỉnh của hồ sơ đang chọn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mar&amp;k entered (Enter)</source>
        <translation>&amp;Ghi nhận đã nhập (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &amp;mapping…</source>
        <translation>Ghép &amp;cột…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print desk list</source>
        <translation>&amp;In danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;concile with provincial file…</source>
        <translation>Đối chiếu với &amp;tệp của tỉnh…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 recorded as entered (%2).</source>
        <translation>Đã ghi nhận hồ sơ %1 đã nhập (mã tỉnh %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Desk list</source>
        <translation>Danh sách hồ sơ chờ nhập</translation>
    </message>
</context>
<context>
    <name>HandoverTableModel</name>
    <message>
        <location filename="../../desktop/handover/table_model.py" line="+21"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help.py" line="+108"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&lt;b&gt;One-Stop Office&lt;/b&gt; — version %1</source>
        <translation>&lt;b&gt;Một Cửa&lt;/b&gt; — phiên bản %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake and return of administrative dossiers at the commune&apos;s one-stop office, working without a network.</source>
        <translation>Tiếp nhận và trả kết quả hồ sơ thủ tục hành chính tại Bộ phận Một cửa cấp xã, chạy không cần mạng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F1 for the user guide.</source>
        <translation>Nhấn F1 để xem hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../desktop/work_calendar/hours_editor.py" line="+46"/>
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
        <source>Only from this &amp;date:</source>
        <translation>Chỉ áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save office hours</source>
        <translation>&amp;Lưu giờ làm việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the selected schedule</source>
        <translation>Xóa lịch &amp;giờ đang chọn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periods are written as HH:MM-HH:MM separated by commas, for example 07:30-11:30,13:30-17:00. Without a date the hours apply to all days; with a date they apply from that day on, and earlier due dates keep the old hours.</source>
        <translation>Nhập các khung giờ dạng GG:PP-GG:PP, cách nhau bằng dấu phẩy, ví dụ 07:30-11:30,13:30-17:00. Không chọn ngày thì giờ mới áp dụng cho mọi ngày; có chọn ngày thì áp dụng từ ngày đó trở đi, các ngày trước đó vẫn theo giờ cũ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office hours:</source>
        <translation>Giờ làm việc:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Always (base hours)</source>
        <translation>Mặc định (giờ gốc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Office hours saved.</source>
        <translation>Đã lưu giờ làm việc.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schedule removed.</source>
        <translation>Đã xóa lịch giờ.</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <location filename="../../desktop/intake/actions.py" line="+22"/>
        <source>Issue a supplement slip instead of accepting the dossier</source>
        <translation>Lập phiếu yêu cầu bổ sung thay vì tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dossier &amp;incomplete</source>
        <translation>&amp;Hồ sơ chưa đủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse intake…</source>
        <translation>Từ &amp;chối tiếp nhận…</translation>
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
        <location filename="../../desktop/intake/options.py" line="+33"/>
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
        <location filename="../../desktop/intake/page.py" line="+95"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accept and save, or issue the supplement slip</source>
        <translation>Tiếp nhận và lưu, hoặc lập phiếu yêu cầu bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same, then print</source>
        <translation>Như trên, rồi in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dossier (empty the form)</source>
        <translation>Hồ sơ mới (xóa trắng biểu mẫu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the citizen&apos;s identity card (CCCD QR code)</source>
        <translation>Quét thẻ CCCD của công dân (mã QR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the procedure</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not attached: %1 is not a PDF, JPEG or PNG file.</source>
        <translation>Chưa đính kèm: %1 không phải tệp PDF, JPEG hoặc PNG.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Refuse intake</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the dossier refused? The reason is printed on the refusal slip.</source>
        <translation>Lý do từ chối tiếp nhận hồ sơ (được in trên phiếu từ chối):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a procedure first.</source>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Receipt and appointment slip %1</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement slip %1</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
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
    <name>KeyPanel</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="+82"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+175"/>
        <source>The office key file</source>
        <translation>Tệp khoá của cơ quan</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Một Cửa key file (*.mckey);;All files (*)</source>
        <translation>Tệp khoá Một Cửa (*.mckey);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+138"/>
        <source>Copy the office key to a file</source>
        <translation>Chép khoá của cơ quan ra tệp</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Một Cửa key file (*.mckey)</source>
        <translation>Tệp khoá Một Cửa (*.mckey)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key recovery sheet</source>
        <translation>Phiếu khôi phục khoá</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Print the key recovery sheet…</source>
        <extracomment>This desk now holds the office key (it was locked): the composition root says to reopen the program.</extracomment>
        <translation>&amp;In phiếu khôi phục khoá…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the key to a file…</source>
        <translation>&amp;Chép khoá ra tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the key from a &amp;file…</source>
        <translation>Nhận khoá từ &amp;tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the key from the recovery &amp;sheet…</source>
        <translation>Nhận khoá từ &amp;phiếu khôi phục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;l the key file with a passphrase…</source>
        <translation>Đặt &amp;mật khẩu cho tệp khoá…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office key encrypts citizens&apos; ID numbers, phones and addresses, seals the backups and signs the audit trail. Without it nothing can be read back: print the recovery sheet now, sign it and keep it in the office safe. Another desk of the office gets the key from a file copied here (protected by a passphrase) or from the sheet. A new key is never made for data that has one.</source>
        <translation>Khoá dữ liệu của cơ quan mã hoá số CCCD, điện thoại, địa chỉ của công dân, niêm phong các bản sao lưu và ký nhật ký. Mất khoá là không đọc lại được gì: hãy in phiếu khôi phục khoá ngay, ký và cất vào tủ có khoá của cơ quan. Máy khác của cơ quan nhận khoá từ tệp chép ra ở đây (có mật khẩu bảo vệ) hoặc từ phiếu. Chương trình không bao giờ tạo khoá mới cho dữ liệu đã có khoá.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This desk&apos;s key: %1.</source>
        <translation>Khoá của máy này: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the office&apos;s data: %1.</source>
        <translation>Khoá của dữ liệu cơ quan: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded yet</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print the sheet (or save it and print it), sign it and keep it in the office safe; do not leave the PDF on this computer.</source>
        <translation>In phiếu (hoặc lưu rồi in), ký và cất vào tủ có khoá của cơ quan; không để tệp PDF lại trên máy này.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a passphrase for the file (8 characters or more); it is asked when the key is brought to the other desk. Tell it to that desk&apos;s admin in person, never with the file.</source>
        <translation>Chọn mật khẩu cho tệp (8 ký tự trở lên); mật khẩu được hỏi khi nhận khoá trên máy kia. Hãy báo trực tiếp cho quản trị viên máy đó, không gửi kèm tệp.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key (fingerprint %1) is copied to %2. On the other desk: Settings → Data key → Bring the key from a file; then delete the file.</source>
        <translation>Đã chép khoá (dấu vân tay %1) ra %2. Trên máy kia: Cài đặt → Khoá dữ liệu → Nhận khoá từ tệp; xong thì xoá tệp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase given to the file when it was made:</source>
        <translation>Mật khẩu đã đặt cho tệp khi chép khoá ra:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk now holds the office key (fingerprint %1).</source>
        <translation>Máy này đã có khoá dữ liệu của cơ quan (dấu vân tay %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the key file a passphrase</source>
        <translation>Đặt mật khẩu cho tệp khoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a desk without the Windows credential store the key is kept in a file. With a passphrase, the file alone is of no use to someone who copies it; the passphrase is then asked when the program starts.</source>
        <translation>Trên máy không có kho thông tin xác thực của Windows, khoá được giữ trong một tệp. Có mật khẩu thì ai chép riêng tệp đó đi cũng không dùng được; mật khẩu sẽ được hỏi khi mở chương trình.</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../desktop/report/kpi_model.py" line="+43"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Số đếm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/report/dashboard.py" line="-90"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target %1 · %2</source>
        <translation>Mục tiêu %1 · %2</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../desktop/widgets/language_box.py" line="+37"/>
        <source>&amp;Interface language:</source>
        <extracomment>Each language in its own words (not translated: a reader of either finds theirs).</extracomment>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: the new language takes effect after the program is restarted.</source>
        <translation>Đã lưu: ngôn ngữ mới có hiệu lực sau khi khởi động lại chương trình.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MOTCUA_LANG setting of this computer (%1) overrides this choice.</source>
        <translation>Thiết lập MOTCUA_LANG của máy này (%1) được ưu tiên hơn lựa chọn này.</translation>
    </message>
</context>
<context>
    <name>LateModel</name>
    <message>
        <location filename="../../desktop/report/late_model.py" line="+32"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (statutory)</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Xin lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved late at %1</source>
        <translation>Có kết quả quá hạn lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still pending past its due moment</source>
        <translation>Đang giải quyết, đã quá hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apology issued at %1</source>
        <translation>Đã gửi văn bản xin lỗi lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No apology issued</source>
        <translation>Chưa có văn bản xin lỗi</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/late/page.py" line="+79"/>
        <source>&amp;Apology…</source>
        <extracomment>Tabs in order: board section name (``todo`` is the late dossiers still needing an apology). Emitted after an apology was recorded (its code), for tests and other pages.</extracomment>
        <translation>&amp;Xin lỗi và hẹn lại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the apology letter of the selected dossier (or double-click it)</source>
        <translation>Soạn thư xin lỗi cho hồ sơ đang chọn (hoặc nhấp đúp vào hồ sơ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the board</source>
        <translation>Tải lại bảng theo dõi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By officer</source>
        <translation>Theo người xử lý</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>To do (%1)</source>
        <translation>Cần xin lỗi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today (%1)</source>
        <translation>Đến hạn hôm nay (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon (%1)</source>
        <translation>Sắp đến hạn (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on the citizen (%1)</source>
        <translation>Chờ công dân bổ sung (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due today: %1 · due soon: %2 · late: %3 (%4 still without an apology).</source>
        <translation>Đến hạn hôm nay: %1 · sắp đến hạn: %2 · quá hạn: %3 (%4 hồ sơ chưa có văn bản xin lỗi).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now due soon or late: %1.</source>
        <translation>Hồ sơ vừa sắp đến hạn hoặc quá hạn: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Apology recorded for %1: new appointment %2.</source>
        <translation>Đã ghi văn bản xin lỗi hồ sơ %1: hẹn lại %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apology letter — %1</source>
        <translation>Văn bản xin lỗi — %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/work_calendar/day_style.py" line="+36"/>
        <source>Not confirmed yet</source>
        <translation>Chưa xác nhận</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../desktop/lifecycle/documents.py" line="+62"/>
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
        <location line="+8"/>
        <source>Field:</source>
        <translation>Thông tin cần sửa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the correction</source>
        <translation>Lưu thông tin sửa</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../desktop/lifecycle/dialogs.py" line="+98"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/lifecycle/wording.py" line="+65"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../desktop/lifecycle/dialogs.py" line="-31"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hand over for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who receives the dossier now (a row of the control sheet).</source>
        <translation>Ghi người hoặc cơ quan nhận hồ sơ (một dòng của phiếu kiểm soát).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To (officer or agency):</source>
        <translation>Chuyển cho (công chức, cơ quan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Civil status officer Lê Văn Bình</source>
        <translation>VD: Công chức Tư pháp – Hộ tịch Lê Văn Bình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Bên giao:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Waiting for the citizen since %1.</source>
        <translation>Chờ công dân bổ sung từ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen has supplied what was asked: the clock runs on and the due moment moves by the paused working time.</source>
        <translation>Công dân đã bổ sung: tiếp tục tính thời gian, hạn giải quyết lùi thêm đúng thời gian làm việc đã tạm dừng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume processing</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/lifecycle/wording.py" line="-19"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the result of this dossier is ready to be returned.</source>
        <translation>Ghi nhận hồ sơ đã có kết quả, sẵn sàng trả cho công dân.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Birth certificate no. 15/2026</source>
        <translation>VD: Giấy khai sinh số 15/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
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
        <location filename="../../desktop/lifecycle/timeline_view.py" line="+28"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+1"/>
        <source>Apology issued, new appointment</source>
        <translation>Xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Công dân đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s comment on the rating</source>
        <translation>Góp ý của công dân kèm đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating corrected</source>
        <translation>Sửa đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet scored</source>
        <translation>Chấm bảng đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the provincial system</source>
        <translation>Đã nhập vào hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To enter in the provincial system</source>
        <translation>Chờ nhập vào hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned paper attached</source>
        <translation>Đính kèm giấy tờ đã quét</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: “%2” → “%3”. Reason: %4.</source>
        <translation>%1: “%2” → “%3”. Lý do: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+8"/>
        <source>New appointment: %1. Reason: %2.</source>
        <translation>Hẹn lại: %1. Lý do: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 (%3 page(s))</source>
        <translation>%1 → %2 (%3 trang)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 → %2. Reason: %3.</source>
        <translation>%1 → %2. Lý do: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-score %1, reviewed %2: %3</source>
        <translation>Tự chấm %1, thẩm định %2: %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/accounts/login_dialog.py" line="+116"/>
        <source>Log in — %1</source>
        <translation>Đăng nhập — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the key &amp;recovery sheet…</source>
        <translation>Dùng phiếu khôi phục &amp;khoá…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an admin who cannot log in any more</source>
        <translation>Cho quản trị viên không đăng nhập được nữa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your login and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The account is open again: log in with the new password, then choose your own.</source>
        <translation>Tài khoản đã được mở lại: đăng nhập bằng mật khẩu mới, rồi đặt mật khẩu của riêng mình.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+110"/>
        <source>Dossier code entry</source>
        <extracomment>A dossier code typed in the header&apos;s entry or scanned anywhere (install `scan_listener` on the app). The QR text of a citizen&apos;s identity card scanned anywhere in the window (the composition root fills the intake). The banner&apos;s link was clicked (the composition root decides what it opens).</extracomment>
        <translation>Ô nhập mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Phím tắt (danh sách này)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Go to %1</source>
        <translation>Chuyển đến trang %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No office set up yet: open Settings to enter it.</source>
        <translation>Chưa khai báo cơ quan: vào mục Cài đặt để khai báo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — unit code %2</source>
        <translation>%1 — mã đơn vị %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To enter in the provincial system: %1</source>
        <translation>Chờ nhập hệ thống tỉnh: %1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/handover/mapping_dialog.py" line="+12"/>
        <source>Columns of the provincial file</source>
        <translation>Các cột của tệp từ hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the column for each item. The provincial dossier code is required, and either the ID number or the name and the acceptance date. The choice is remembered for the next file.</source>
        <translation>Chọn cột cho từng mục. Bắt buộc có mã hồ sơ trên hệ thống tỉnh, và số CCCD hoặc họ tên cùng ngày tiếp nhận. Lựa chọn được ghi nhớ cho lần sau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconcile</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <name>ModeBox</name>
    <message>
        <location filename="../../desktop/handover/mode_box.py" line="+21"/>
        <source>Provincial system</source>
        <translation>Hệ thống của tỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only during outages</source>
        <translation>Chỉ khi mất mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline first: every dossier is entered later</source>
        <translation>Tiếp nhận tại đây trước: mọi hồ sơ nhập lên tỉnh sau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Way of working:</source>
        <translation>Cách làm &amp;việc:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The network is &amp;back</source>
        <translation>Đã có mạng trở &amp;lại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network &amp;down: start outage mode</source>
        <translation>Mất mạng: &amp;bật chế độ mất mạng</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Outage since %1 (%2): dossiers accepted now are to be entered later.</source>
        <translation>Mất mạng từ %1 (%2): hồ sơ tiếp nhận lúc này sẽ phải nhập lên tỉnh sau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every dossier is entered later.</source>
        <translation>Mọi hồ sơ đều nhập lên hệ thống tỉnh sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network up: enter dossiers in the provincial system directly.</source>
        <translation>Có mạng: nhập hồ sơ trực tiếp trên hệ thống tỉnh.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop/work_calendar/month_view.py" line="+66"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../desktop/settings/office_settings.py" line="+145"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Second backup folder</source>
        <translation>Thư mục sao lưu thứ hai</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From points</source>
        <translation>Từ số điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <location line="+70"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Chỉ quản trị viên mới sửa được các cài đặt này.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <location filename="../../desktop/attachments/viewer.py" line="+73"/>
        <source>Previous page (Page Up)</source>
        <extracomment>The zoom factors the − and + buttons step through (1.0 = 100 %).</extracomment>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Vừa chiều ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation>Trang vừa chiều ngang cửa sổ (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the window&apos;s width</source>
        <translation>Trang vừa chiều ngang cửa sổ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This file cannot be shown: it is broken or not a PDF, JPEG or PNG.</source>
        <translation>Không hiển thị được tệp này: tệp bị hỏng hoặc không phải PDF, JPEG, PNG.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PaperViewerDialog</name>
    <message>
        <location line="+27"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../desktop/attachments/panel.py" line="+45"/>
        <source>Attach scanned papers</source>
        <translation>Đính kèm giấy tờ đã quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <location line="+57"/>
        <source>Scanned papers</source>
        <translation>Giấy tờ đã quét</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Attach to</source>
        <translation>Đính kèm vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach &amp;into:</source>
        <translation>Đính kèm &amp;vào:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;files…</source>
        <translation>Đính kè&amp;m…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach scanned PDF, JPEG or PNG files (or drop them on the panel)</source>
        <translation>Đính kèm tệp PDF, JPEG, PNG đã quét (hoặc kéo thả tệp vào khung này)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen file in the viewer (Enter)</source>
        <translation>Mở tệp đang chọn trong trình xem (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pap&amp;ers…</source>
        <translation>In &amp;giấy tờ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chosen files, or every file when none is chosen</source>
        <translation>In các tệp đang chọn, hoặc mọi tệp khi chưa chọn tệp nào</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 components have a file</source>
        <translation>%1/%2 thành phần đã có tệp</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not attached: %1 is not a PDF, JPEG or PNG file.</source>
        <translation>Chưa đính kèm: %1 không phải tệp PDF, JPEG hoặc PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not attached: %1 is not a file that can be read.</source>
        <translation>Chưa đính kèm: %1 không phải tệp đọc được.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Attaching %n file(s) to %1…</source>
        <translation>
            <numerusform>Đang đính kèm %n tệp vào %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop to attach to %1</source>
        <translation>Thả tệp để đính kèm vào %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="-268"/>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/accounts/password_dialog.py" line="+31"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more):</source>
        <translation>Mật khẩu mới (từ 8 ký tự trở lên):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your password was set by the administrator: choose your own now.</source>
        <translation>Mật khẩu của bạn do quản trị viên đặt: hãy đổi sang mật khẩu của riêng bạn ngay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two new passwords differ.</source>
        <translation>Hai lần nhập mật khẩu mới không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/widgets/pdf_preview.py" line="+47"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+80"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../desktop/catalog/procedure_dialog.py" line="+39"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New procedure</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One component a line: Name | bản chính | 1</source>
        <translation>Mỗi dòng một thành phần: Tên | bản chính | 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One source a line, e.g. duration: Luật Hộ tịch 2014, Điều 16</source>
        <translation>Mỗi dòng một căn cứ, ví dụ duration: Luật Hộ tịch 2014, Điều 16</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code:</source>
        <translation>Mã thủ tục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National code:</source>
        <translation>Mã quốc gia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Tên thủ tục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cut-off:</source>
        <translation>giờ chốt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee (VND):</source>
        <translation>Phí, lệ phí (đồng):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee note:</source>
        <translation>Ghi chú phí:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/qt_words.py" line="+55"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-11"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+27"/>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../../desktop/ratings/rating_window.py" line="+53"/>
        <source>Your opinion</source>
        <extracomment>Button colours per level (background, border): calm red, blue, green. The thank-you page closes itself after this long without typing.</extracomment>
        <translation>Ý kiến của Ông/Bà</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How satisfied are you with the handling of your dossier?</source>
        <translation>Ông/Bà có hài lòng với việc giải quyết hồ sơ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Officer: %1</source>
        <translation>Cán bộ giải quyết: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+103"/>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+103"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+103"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Touch a button or press 3, 2 or 1 on the keypad.</source>
        <translation>Mời Ông/Bà chạm vào một nút hoặc bấm phím 3, 2 hay 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entered by the officer on the citizen&apos;s word</source>
        <translation>Cán bộ nhập theo ý kiến công dân</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thank you!</source>
        <translation>Xin cảm ơn Ông/Bà!</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send comment</source>
        <translation>Gửi góp ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your rating: %1</source>
        <translation>Ông/Bà đã chọn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should we improve? Please tell us (optional):</source>
        <translation>Xin Ông/Bà cho biết điều chưa hài lòng để chúng tôi khắc phục (không bắt buộc):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to add a comment? (optional)</source>
        <translation>Ông/Bà có góp ý thêm không? (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your comment has been sent. Thank you!</source>
        <translation>Góp ý của Ông/Bà đã được ghi nhận. Xin cảm ơn!</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <location filename="../../desktop/ratings/page.py" line="+42"/>
        <source>Figures</source>
        <extracomment>The clerk asks for the rating window of a returned dossier (the composition root opens it).</extracomment>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet</source>
        <translation>Bảng đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper survey forms</source>
        <translation>Nhập phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires</source>
        <translation>Mẫu phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;rating window</source>
        <translation>Mở màn hình đánh &amp;giá</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload the figures and the surveys</source>
        <translation>Tải lại số liệu và các đợt khảo sát</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ask the citizen to rate a returned dossier:</source>
        <translation>Mời công dân đánh giá hồ sơ đã trả kết quả:</translation>
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
    <name>ReconcileResultView</name>
    <message>
        <location filename="../../desktop/handover/result_view.py" line="+34"/>
        <source>%1 rows in the file: %2 dossiers marked entered, %3 already recorded, %4 double entries; %5 of our dossiers are not in the provincial file, %6 provincial rows match none.</source>
        <translation>Tệp có %1 dòng: ghi nhận đã nhập %2 hồ sơ, %3 đã ghi từ trước, %4 nhập trùng; %5 hồ sơ của cơ quan chưa có trong tệp của tỉnh, %6 dòng của tỉnh không khớp.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <location line="+5"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+12"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the provincial file (%1)</source>
        <translation>Chưa có trên tỉnh (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Provincial code</source>
        <translation>Mã trên hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provincial rows unmatched (%1)</source>
        <translation>Dòng của tỉnh không khớp (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provincial codes</source>
        <translation>Các mã trên hệ thống tỉnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double entries (%1)</source>
        <translation>Nhập trùng (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked entered (%1)</source>
        <translation>Đã ghi nhận (%1)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/backup/key_panel.py" line="+9"/>
        <source>Key recovery sheet</source>
        <translation>Phiếu khôi phục khoá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups of characters printed on the office&apos;s key recovery sheet. A mistyped group is named, so you can correct it.</source>
        <translation>Gõ 14 nhóm ký tự in trên phiếu khôi phục khoá của cơ quan. Nhóm nào gõ sai sẽ được chỉ ra để sửa.</translation>
    </message>
</context>
<context>
    <name>ReportHeadings</name>
    <message>
        <location filename="../../desktop/report/headings.py" line="+34"/>
        <source>No.</source>
        <extracomment>The figure keys in table order: (3) … (13), then stopped. Every column of the table: STT, field, then the figures. On-screen headings (English source; lupdate reads them through QT_TRANSLATE_NOOP).</extracomment>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct, post</source>
        <translation>Trực tiếp, BC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which
stopped</source>
        <translation>Trong đó
rút, dừng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row number</source>
        <extracomment>The form&apos;s full headings, for tooltips and the differences list.</extracomment>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field, work handled by level</source>
        <translation>Lĩnh vực, công việc giải quyết theo cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: total</source>
        <translation>Số hồ sơ nhận giải quyết: tổng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: newly received online in the period</source>
        <translation>Số hồ sơ nhận giải quyết: số mới tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: newly received in person or by post</source>
        <translation>Số hồ sơ nhận giải quyết: số mới tiếp nhận trực tiếp, dịch vụ bưu chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle: carried over from the previous period</source>
        <translation>Số hồ sơ nhận giải quyết: số từ kỳ trước chuyển qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: total</source>
        <translation>Số hồ sơ đã giải quyết: tổng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: before the due date</source>
        <translation>Số hồ sơ đã giải quyết: trước hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved: on time (withdrawn, stopped or refused included)</source>
        <translation>Số hồ sơ đã giải quyết: đúng hạn (kể cả hồ sơ rút, dừng, từ chối giải quyết)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossiers resolved: late</source>
        <translation>Số hồ sơ đã giải quyết: quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: total</source>
        <translation>Số hồ sơ đang giải quyết: tổng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: within the due date</source>
        <translation>Số hồ sơ đang giải quyết: trong hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress: past the due date</source>
        <translation>Số hồ sơ đang giải quyết: quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn, stopped or refused after acceptance (counted as resolved on time)</source>
        <translation>Hồ sơ công dân rút, dừng hoặc từ chối giải quyết sau khi tiếp nhận (đã tính là giải quyết đúng hạn)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To handle</source>
        <translation>Nhận giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers to handle</source>
        <translation>Số hồ sơ nhận giải quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers resolved</source>
        <translation>Số hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers in progress</source>
        <translation>Số hồ sơ đang giải quyết</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/report/page.py" line="+301"/>
        <source>Record upload</source>
        <translation>Ghi nhận đã tải lên</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Preview and &amp;print…</source>
        <extracomment>A month was submitted (the reminder refreshes itself on it). The month&apos;s figures are on screen (tests wait on it).</extracomment>
        <translation>Xem và &amp;in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for &amp;upload (xlsx)…</source>
        <translation>Lưu tệp &amp;tải lên (xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit…</source>
        <translation>&amp;Nộp báo cáo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record up&amp;load</source>
        <translation>&amp;Ghi nhận đã tải lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;differences…</source>
        <translation>Xem &amp;chênh lệch…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload the month</source>
        <translation>Tải lại số liệu tháng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Month:</source>
        <translation>T&amp;háng:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>calendar month</source>
        <translation>theo tháng dương lịch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut-off 15th–14th (NĐ 09/2019)</source>
        <translation>chốt số liệu ngày 15–14 (NĐ 09/2019)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) · %3 · due by %4</source>
        <translation>%1 (%2) · %3 · hạn nộp %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not submitted yet.</source>
        <translation>Chưa nộp báo cáo tháng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1 submitted at %2 by %3 (SHA-256 %4…).</source>
        <translation>Đã nộp lần %1 lúc %2, người nộp %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To upload to the provincial system.</source>
        <translation>Chờ tải lên hệ thống của tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded at %1 by %2.</source>
        <translation>Đã tải lên lúc %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The figures have changed since (%n cell(s)): submit again to make a new revision.</source>
        <translation>
            <numerusform>Số liệu đã thay đổi từ lần nộp đó (%n ô): hãy nộp lại để tạo lần nộp mới.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Monthly report — %1</source>
        <translation>Báo cáo tháng — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit the report</source>
        <translation>Nộp báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the report of %1? Its figures and its file are frozen with a checksum; a later change makes a new revision.</source>
        <translation>Nộp báo cáo %1? Số liệu và tệp báo cáo sẽ được cố định kèm mã kiểm tra; thay đổi về sau sẽ tạo lần nộp mới.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record that the report of %1 has been uploaded to the provincial system?</source>
        <translation>Ghi nhận báo cáo %1 đã được tải lên hệ thống của tỉnh?</translation>
    </message>
    <message>
        <location filename="../../desktop/report/actions.py" line="+20"/>
        <source>Save the report for upload</source>
        <translation>Lưu báo cáo để tải lên</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../../desktop/core_words.py" line="+17"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
</context>
<context>
    <name>ReportReminder</name>
    <message>
        <location filename="../../desktop/report/reminder.py" line="+69"/>
        <source>The report of %1 is submitted but its upload to the provincial system is not recorded yet.</source>
        <extracomment>Shows the reminder: its text (&quot;&quot; hides it) and True when the due day has passed.</extracomment>
        <translation>Báo cáo tháng %1 đã nộp nhưng chưa ghi nhận tải lên hệ thống của tỉnh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report of %1 is overdue (due %2): check the figures and submit it now.</source>
        <translation>Báo cáo tháng %1 đã quá hạn nộp (hạn %2): hãy kiểm tra số liệu và nộp ngay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report of %1 is due by %2.</source>
        <translation>Báo cáo tháng %1 cần nộp trước hết ngày %2.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop/report/report_view.py" line="+113"/>
        <source>Indicators against the targets</source>
        <translation>Các chỉ tiêu so với mục tiêu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Annex: late dossiers (%1) — double-click to open</source>
        <translation>Phụ lục: hồ sơ quá hạn (%1) — nhấp đúp để mở</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop/accounts/login_dialog.py" line="-173"/>
        <source>Open an admin account with the key recovery sheet</source>
        <translation>Mở lại tài khoản quản trị bằng phiếu khôi phục khoá</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admin&apos;s login:</source>
        <translation>Tên đăng nhập quản trị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet&apos;s 14 groups:</source>
        <translation>14 nhóm ký tự trên phiếu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more):</source>
        <translation>Mật khẩu mới (8 ký tự trở lên):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the account</source>
        <translation>Mở tài khoản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key recovery sheet is kept in the office safe. Whoever holds it can open an admin account again; this is written into the audit trail and the new password must be changed at the next login.</source>
        <translation>Phiếu khôi phục khoá được cất trong tủ của cơ quan. Ai giữ phiếu thì mở lại được tài khoản quản trị; việc này được ghi vào nhật ký và mật khẩu mới phải đổi ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../desktop/attachments/scan_bar.py" line="+36"/>
        <source>Attach to…</source>
        <translation>Đính kèm vào…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the first new file before attaching it</source>
        <translation>Xem tệp mới đầu tiên trước khi đính kèm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set aside</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer these files again (they stay in the scan folder)</source>
        <translation>Không đề nghị các tệp này nữa (tệp vẫn ở thư mục máy quét)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n new file(s) from the scanner: %1</source>
        <translation>
            <numerusform>Có %n tệp mới từ máy quét: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanFolder</name>
    <message>
        <location filename="../../desktop/attachments/scan_folder.py" line="+184"/>
        <source>Attached, but %1 could not be moved into the folder &quot;%2&quot; (it is open in another program); it stays in the scan folder.</source>
        <extracomment>Where attached scans go, inside the scan folder.</extracomment>
        <translation>Đã đính kèm, nhưng không chuyển được %1 vào thư mục &quot;%2&quot; (tệp đang mở ở chương trình khác); tệp vẫn ở thư mục máy quét.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/settings/page.py" line="+41"/>
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
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="-23"/>
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
        <location line="+3"/>
        <source>The unit code begins every dossier code: change it only with care. The names are printed on receipts, letters and reports.</source>
        <translation>Mã đơn vị đứng đầu mọi mã hồ sơ: chỉ thay đổi khi thật cần thiết. Các tên được in trên giấy tiếp nhận, phiếu xin lỗi và báo cáo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Office settings</source>
        <translation>Thông số cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure catalog</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/widgets/shortcuts_dialog.py" line="+120"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The key that opens the cheat sheet.</extracomment>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole window</source>
        <translation>Toàn cửa sổ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keys of a page work while that page is shown. On any button, Alt + its underlined letter presses it. Tab and Shift+Tab move between fields, Ctrl+Tab to the next tab, Enter confirms a dialog and Esc closes it.</source>
        <translation>Phím của một trang chỉ dùng được khi trang đó đang hiện. Trên mọi nút, Alt + chữ cái được gạch chân sẽ bấm nút đó. Tab và Shift+Tab chuyển giữa các ô, Ctrl+Tab sang thẻ kế tiếp, Enter xác nhận hộp thoại và Esc đóng hộp thoại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <location filename="../../desktop/shutdown.py" line="+42"/>
        <source>One-Stop Office is backing up its data…</source>
        <translation>Một Cửa đang sao lưu dữ liệu…</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../desktop/work_calendar/special_days_model.py" line="+27"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../desktop/report/changes_view.py" line="+16"/>
        <source>Report submitted</source>
        <translation>Đã nộp báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revision %2 submitted at %3 by %4.</source>
        <translation>%1: đã nộp lần %2 lúc %3, người nộp %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the figures have not changed since revision %2 (submitted at %3 by %4); nothing new was submitted.</source>
        <translation>%1: số liệu không thay đổi so với lần nộp %2 (lúc %3, người nộp %4); không tạo lần nộp mới.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File: %1 — SHA-256 checksum:</source>
        <translation>Tệp: %1 — mã kiểm tra SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First submission of this month: there is no earlier revision to compare with.</source>
        <translation>Lần nộp đầu tiên của tháng này: chưa có lần nộp trước để so sánh.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>What changed since revision %1 (%n cell(s)):</source>
        <translation>
            <numerusform>Những thay đổi so với lần nộp %1 (%n ô):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../desktop/late/summary.py" line="-47"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on the citizen</source>
        <translation>Chờ công dân bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies to do</source>
        <translation>Cần xin lỗi ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology coverage this month</source>
        <translation>Tỷ lệ xin lỗi trong tháng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 late dossiers this month have an apology</source>
        <translation>%1/%2 hồ sơ quá hạn trong tháng đã có văn bản xin lỗi</translation>
    </message>
</context>
<context>
    <name>SurveySetup</name>
    <message>
        <location filename="../../desktop/ratings/survey_setup.py" line="+55"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Nhóm yếu tố</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers, separated by ;</source>
        <translation>Các mức trả lời, cách nhau bởi ;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;New survey (SIPAS factors)</source>
        <extracomment>The list of surveys changed (the transcription tab reloads its choices).</extracomment>
        <translation>Đợt khảo sát &amp;mới (theo SIPAS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open for keying forms</source>
        <translation>Đang nhập &amp;phiếu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add question</source>
        <translation>&amp;Thêm câu hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move question</source>
        <translation>&amp;Bỏ câu hỏi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;questionnaire</source>
        <translation>&amp;Lưu mẫu phiếu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name:</source>
        <translation>Tên đợt:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Satisfaction survey %1</source>
        <translation>Đợt khảo sát %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Questionnaire saved.</source>
        <translation>Đã lưu mẫu phiếu.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../desktop/catalog/catalog_panel.py" line="-123"/>
        <source>Excel (.xlsx) is recommended: it keeps identity numbers, phone numbers, dates and Vietnamese letters exactly. A CSV file is separated by the office&apos;s csv_separator setting (&quot;;&quot; for Excel in Vietnamese).</source>
        <extracomment>Why the export suggests Excel (shared with the hand-over page: one message in the catalogues).</extracomment>
        <translation>Nên chọn Excel (.xlsx): giữ đúng số CCCD, số điện thoại, ngày tháng và chữ tiếng Việt. Tệp CSV dùng dấu phân cách theo cài đặt csv_separator của cơ quan (&quot;;&quot; cho Excel tiếng Việt).</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../desktop/attachments/thumbs_model.py" line="+107"/>
        <source>Result</source>
        <extracomment>The icons&apos; size: a portrait page. Longest component name shown under an icon (the whole name is in the tooltip).</extracomment>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no file yet</source>
        <translation>chưa có tệp</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+12"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: no file yet. Drop a scanned file here, or use Attach…</source>
        <translation>%1: chưa có tệp. Kéo thả tệp đã quét vào đây, hoặc bấm Đính kèm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached by %1 at %2</source>
        <translation>%1 đính kèm lúc %2</translation>
    </message>
</context>
<context>
    <name>TranscriptionForm</name>
    <message>
        <location filename="../../desktop/ratings/transcription.py" line="+138"/>
        <source>Written comment on the form (optional)</source>
        <translation>Ý kiến ghi trên phiếu (nếu có)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save form (Enter)</source>
        <translation>&amp;Lưu phiếu (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits choose the answer and move on; 0 leaves it blank; ↑ or Backspace goes back; Enter saves the form and starts the next.</source>
        <translation>Bấm số để chọn câu trả lời và sang câu sau; 0 là để trống; ↑ hoặc Backspace để quay lại; Enter để lưu phiếu và nhập phiếu tiếp theo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Survey:</source>
        <translation>Đợt khảo sát:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form number:</source>
        <translation>Số phiếu:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No open survey: create one in the Questionnaires tab.</source>
        <translation>Chưa có đợt khảo sát đang mở: hãy tạo ở thẻ Mẫu phiếu khảo sát.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n form(s) keyed</source>
        <translation>
            <numerusform>Đã nhập %n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form %1 keyed by %2 at %3</source>
        <translation>Phiếu %1 do %2 nhập lúc %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Form %1 saved.</source>
        <translation>Đã lưu phiếu %1.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/report/trend_chart.py" line="+38"/>
        <source>Rate</source>
        <extracomment>(TrendPoint attribute, colour) of each rate line.</extracomment>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dossiers (right axis)</source>
        <translation>Hồ sơ mới tiếp nhận (trục phải)</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../desktop/accounts/users_panel.py" line="+58"/>
        <source>One account per person: the roles decide what each may do, and every step is recorded under the account&apos;s name.</source>
        <translation>Mỗi người một tài khoản: vai trò quyết định được làm gì, và mọi bước đều được ghi dưới tên tài khoản.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles…</source>
        <translation>&amp;Vai trò…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock / unlock</source>
        <translation>&amp;Khóa / mở khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Account %1 created; its owner changes the password at the first login.</source>
        <translation>Đã tạo tài khoản %1; người dùng sẽ đổi mật khẩu ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Choose an account in the list first.</source>
        <translation>Hãy chọn một tài khoản trong danh sách trước.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Roles of %1 saved.</source>
        <translation>Đã lưu vai trò của %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 can log in again.</source>
        <translation>%1 đã có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is locked.</source>
        <translation>Đã khóa %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1 (8 characters or more):</source>
        <translation>Mật khẩu mới cho %1 (từ 8 ký tự trở lên):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of %1 reset; its owner must change it at the next login.</source>
        <translation>Đã đặt lại mật khẩu của %1; người dùng phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desktop/widgets/weekdays.py" line="+13"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <location filename="../../desktop/first_run_wizard.py" line="-241"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>_SheetPage</name>
    <message>
        <location line="+11"/>
        <source>The key recovery sheet</source>
        <translation>Phiếu khôi phục khoá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office is set up. Its data key encrypts ID numbers, phones and addresses and seals every backup: if this computer&apos;s key is lost (a new Windows profile, a repaired disk), only this sheet brings the data back. Print it (or save it and print it), sign it and keep it in the office safe; then delete any saved copy from this computer.</source>
        <translation>Cơ quan đã được thiết lập. Khoá dữ liệu mã hoá số CCCD, điện thoại, địa chỉ và niêm phong mọi bản sao lưu: nếu khoá trên máy này bị mất (hồ sơ người dùng Windows mới, ổ đĩa sửa lại), chỉ phiếu này lấy lại được dữ liệu. Hãy in (hoặc lưu rồi in), ký và cất vào tủ có khoá của cơ quan; sau đó xoá bản đã lưu trên máy này.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept. Finish to open the program.</source>
        <translation>Đã giữ phiếu. Bấm Hoàn tất để mở chương trình.</translation>
    </message>
</context>
</TS>
