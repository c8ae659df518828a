"""The work calendar page: `page` (the year grid, a day's panel and dialog, the office hours, the due-date
tester), its views and models, and `data` (one year's days and hours as the worker reads them)."""
