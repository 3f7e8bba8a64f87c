"""Readers: plain-text reports, stdin and JSONL batches, with input checks."""

from eventwire.ingest.batch import BatchItem, read_batch
from eventwire.ingest.text import MAX_BYTES, check_text, decode_report_bytes, read_report_file

__all__ = ["MAX_BYTES", "BatchItem", "check_text", "decode_report_bytes", "read_batch", "read_report_file"]
