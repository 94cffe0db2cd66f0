"""The DTKS domain: code lists, the instrument's variables, NIK/KK rules and validation. No SQLAlchemy, no Qt."""
