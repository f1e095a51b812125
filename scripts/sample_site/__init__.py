"""Generator of the bundled sample site: fictional disclosure logs shaped like the real ones.

Every sentence here was written for this project. `plan` decides what each response says,
the per-platform modules (`soh`, `wordpress`, `scotland`, `psni`) render it as pages and files.
"""
