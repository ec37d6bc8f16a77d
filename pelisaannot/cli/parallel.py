"""`check --jobs N`: a batch of posts spread over worker processes, results in the input order.

The workers are forked from the process that built the linter, so the policy, the morphology and any NER model
are loaded once and shared copy-on-write; nothing of them is pickled. Posts go out and checked posts come back
in chunks (`imap` keeps the order). Where `fork` is not available (Windows), or the batch is small, the posts
are checked in this process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pelisaannot.engine import Linter
    from pelisaannot.inputs import Post
    from pelisaannot.report import CheckedPost

MIN_POSTS_PER_JOB = 50  # below this a process costs more than it saves
CHUNK = 16

_work: tuple[Any, ...] = ()  # (linter, platform), set before the fork


def _check(post: Post) -> CheckedPost:
    from pelisaannot.cli.check import check_post

    linter, platform = _work
    return check_post(linter, post, platform)


def jobs_for(jobs: int, posts: int) -> int:
    """How many processes to use: 0 means one per CPU; never more than the batch is worth."""
    wanted = min(jobs or os.cpu_count() or 1, posts // MIN_POSTS_PER_JOB)
    if wanted <= 1:
        return 1
    import multiprocessing  # only for a batch: not in every one-post pre-commit run (30 ms)

    return wanted if "fork" in multiprocessing.get_all_start_methods() else 1


@contextmanager
def checker(linter: Linter, platform: str, jobs: int,
            posts: int) -> Iterator[Callable[[Iterable[Post]], Iterator[CheckedPost]]]:
    """A function from posts to checked posts, in order, using `jobs` processes when that pays."""
    global _work
    _work = (linter, platform)
    if posts > 1:
        # The policy and the morphology live as long as the run: the collector need not scan them again and
        # again in a batch, and forked workers do not copy pages just to mark them.
        gc.freeze()
    processes = jobs_for(jobs, posts)
    if processes == 1:
        yield lambda batch: (_check(p) for p in batch)
        return
    linter.check("Lämmittely.")  # load the morphology before the fork, once for every worker
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        yield lambda batch: pool.imap(_check, batch, chunksize=CHUNK)
