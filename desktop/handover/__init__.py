"""The "Chuyển hệ thống tỉnh" page's parts: data functions, table model, dialogs and the main-window count."""
