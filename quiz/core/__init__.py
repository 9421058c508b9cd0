"""Rules every feature shares: errors, where quiz may write, what may be printed, numbers."""
