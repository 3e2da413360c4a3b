"""Scheduled runs: what carries from one run to the next and what one run leaves behind.

The incremental state (``state``), JOBDIR resume (``dupefilter``, ``queues``), feed files published
whole (``feed_storage``) and the recovery of what a killed run wrote (``recovery``), one run at a
time (``lock``), where a run's feed, rejects and summary go (``output_paths``), the run summary and
its alerts (``summary``), and progress on a terminal (``progress``).
"""
