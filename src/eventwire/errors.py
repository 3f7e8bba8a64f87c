"""Coded errors.  Each code is stable so tests, logs and users can refer to it."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``code`` identifies the error, the message says what to do."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(EventwireError):
    """A report cannot be read as a news report in English text."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class InputTooLargeError(InputError):
    code = "E103"


class NotEnglishError(InputError):
    code = "E104"


class BatchLineError(InputError):
    code = "E105"


class InputNotFoundError(InputError):
    code = "E106"


class InvalidDateError(InputError):
    code = "E107"


class OutsideBatchError(InputError):
    """A batch line's ``text_file`` lies outside the batch's folder (an absolute path, ``../``, a link
    out of it): refused unless reading outside is allowed (``--allow-outside``)."""

    code = "E112"


class InvalidFilterError(InputError):
    """An event filter that cannot be read (a malformed box or date)."""

    code = "E110"


class OutOfRangeError(InputError):
    """A whole number out of the range it can take: an id, an offset or a figure beyond SQLite's
    64-bit integers (Python's are unbounded), or below the smallest allowed."""

    code = "E111"


class GoldFormatError(EventwireError):
    """A gold file does not follow ../shared/spec/gold-format.md."""

    code = "E200"


class ModelNotInstalledError(EventwireError):
    """The spaCy English pipeline is missing from the environment."""

    code = "E300"


class GazetteerError(EventwireError):
    """The gazetteer index could not be built or read."""

    code = "E400"


class ExtractionFailure(EventwireError):
    """An unexpected error while extracting one report: the batch goes on, the report is listed."""

    code = "E600"


class StoreError(EventwireError):
    """The store file cannot be opened or written."""

    code = "E500"


class NotFoundError(StoreError):
    """No event, report or claim with that id in the store."""

    code = "E501"


class StoreMissingError(StoreError):
    """No store at the path: only ``eventwire ingest`` creates one, so a mistyped --db is never a new,
    empty store."""

    code = "E502"


class StoreLockedError(StoreError):
    """Another process held the store's lock past the busy timeout; trying again later can help."""

    code = "E503"


class NotAStoreError(StoreError):
    """The file is not an eventwire store (another SQLite database, or no database); it is left untouched."""

    code = "E504"


class StoreOutdatedError(StoreError):
    """The store lacks migrations of this version, and a read command does not apply them."""

    code = "E505"


class EventMergedError(StoreError):
    """The event id was merged away (by an analyst's merge or by ``eventwire consolidate``): it answers
    with its survivor's id, ``survivor``, which the API redirects to and the command line names."""

    code = "E506"

    def __init__(self, event_id: int, survivor: int) -> None:
        super().__init__(f"event {event_id} was merged into event {survivor}; use event {survivor}")
        self.event_id = event_id
        self.survivor = survivor


class CorrectionError(EventwireError):
    """A correction that cannot be applied: unknown field, invalid value, or an impossible merge or split."""

    code = "E510"


class FetchError(InputError):
    """A URL could not be fetched."""

    code = "E108"


class UrlRefusedError(FetchError):
    """A URL eventwire does not fetch: not http(s), a host resolving to a loopback, private,
    link-local or other non-public address (unless ``--allow-private-urls``), too many redirects."""

    code = "E113"


class FeedError(InputError):
    """A feed or HTML page could not be parsed into reports."""

    code = "E109"


class TokenConfigError(EventwireError):
    """EVENTWIRE_TOKEN is malformed."""

    code = "E700"


class SparkError(EventwireError):
    """A Spark run that cannot start or finish (``eventwire spark``, docs/spark.md)."""

    code = "E800"


class SparkNotInstalledError(SparkError):
    """pyspark (the ``spark`` extra) or Java is missing: ``pip install 'eventwire[spark]'``."""

    code = "E801"


class SparkInputError(SparkError):
    """The input of a Spark run is missing, empty, or of no kind it reads (JSONL, Parquet, a folder of them)."""

    code = "E802"


class SparkOutputExistsError(SparkError):
    """The output path exists: a Spark run never overwrites a dataset (remove it, or give another path)."""

    code = "E803"


class ImportFormatError(SparkError):
    """A folder given to ``eventwire import`` is not the output of ``eventwire spark consolidate``."""

    code = "E804"


class StoreNotEmptyError(StoreError):
    """``eventwire import`` loads a consolidated result as a whole into a new or empty store only: its
    event ids and report order would clash with reports already stored."""

    code = "E507"
