"""The intake desk (Tiếp nhận hồ sơ): its widgets, its checklist model and its data functions."""
