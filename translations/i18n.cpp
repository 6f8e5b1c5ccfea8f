// The translations are compiled into this library's resources (:/i18n/postino_*.qm).
