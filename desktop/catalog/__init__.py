"""The procedure catalog editor (Cài đặt → Danh mục thủ tục): table, edit dialog, import and export."""
