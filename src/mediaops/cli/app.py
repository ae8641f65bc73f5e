"""The ``mediaops`` application and its boundary: every way a run can end.

:class:`Group` is the click group of the whole program. Its :meth:`Group.main`
is the boundary every run goes through (the console script, ``python -m
mediaops`` and typer's ``CliRunner`` alike): it chooses the language before
anything is parsed, turns usage errors into messages in that language,
input errors into exit 2, failed writes into exit 74, Ctrl-C, SIGTERM and
SIGHUP into 130, 143 and 129, a reader that closed stdout into a quiet 141,
and anything unforeseen into a short message and exit 70 (the traceback with
``MEDIAOPS_DEBUG=1``) — never a traceback and never exit 0 by accident.

Help texts are catalogue keys, worded when the help is shown
(:mod:`mediaops.ui.help`), so ``--help`` follows ``--lang`` / ``MEDIAOPS_LANG``.
"""

import contextlib
import functools
import os
import re
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer._click import exceptions as _click_exceptions
from typer.core import TyperCommand, TyperGroup

from mediaops.messages import (
    CATALOGUE,
    Both,
    Lang,
    default_lang,
    os_error,
    parse_lang,
    shown,
    tr,
    unsupported_lang_env,
)

from .common import (
    EXIT_CANCELLED,
    EXIT_HUP,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_PIPE,
    EXIT_TERM,
    EXIT_USAGE,
    RUN_LANG,
    Stop,
    say,
)

#: The language of the run, chosen before the arguments are parsed (help and usage errors).
RUN = {"lang": "zh"}


def _lang_given(args: Sequence[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` among the arguments, if given."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _completing() -> bool:
    """Whether the shell asked for completions (``_MEDIAOPS_COMPLETE``): nothing else is said."""
    return "_MEDIAOPS_COMPLETE" in os.environ


def initial_lang(args: Sequence[str]) -> Lang:
    """``--lang X`` / ``--lang=X`` among the arguments, else ``MEDIAOPS_LANG``, else zh."""
    value = _lang_given(args)
    if value is not None:
        return parse_lang(value) or default_lang()
    return default_lang()


class Terminated(BaseException):
    """A signal asked the run to end (SIGTERM, SIGHUP): unwinds like Ctrl-C, cleaning up."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(EXIT_TERM if signum == signal.SIGTERM else EXIT_HUP)


def _install_signals() -> None:
    """SIGTERM and SIGHUP end the run as Ctrl-C does (temporary files removed); SIGPIPE is EPIPE."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, _terminate)


def _streams() -> None:
    """Make stdout and stderr safe to write: never an encoding error, even under ``LC_ALL=C``."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding not in ("utf8", "utf16", "utf32", "gb18030") and reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def usage_message(exc: Any, lang: Lang, args: Sequence[str] = ()) -> str:
    """A click usage error in the user's language, with how to get help."""
    from typer._click import exceptions as ex

    ctx = getattr(exc, "ctx", None)
    command = _command_path(args) if args else "mediaops"
    if ctx is not None and len(ctx.command_path) > len(command):
        command = ctx.command_path
    option = getattr(exc, "option_name", None) or ""
    if isinstance(exc, RepeatedOption):
        text = tr("usage.repeated", lang, option=exc.option)
    elif isinstance(exc, ValueLeftOut):
        text = tr(
            "usage.value_left_out", lang, option=shown(exc.option), following=shown(exc.following)
        )
    elif isinstance(exc, ex.NoSuchOption):
        text = tr("usage.no_such_option", lang, option=shown(exc.option_name))
        if exc.possibilities:
            text += tr("usage.did_you_mean", lang, options=", ".join(sorted(exc.possibilities)))
    elif isinstance(exc, ex.MissingParameter):
        param = exc.param
        names = "/".join(getattr(param, "opts", []) or []) if param is not None else ""
        if param is not None and param.param_type_name == "argument":
            names = str(getattr(param, "metavar", None) or param.name or "").upper()
        text = tr("usage.missing", lang, name=names or "?")
    elif isinstance(exc, ex.BadOptionUsage) and "requires an argument" in exc.message:
        text = tr("usage.needs_value", lang, option=shown(option))
    elif isinstance(exc, ex.BadOptionUsage) and "does not take a value" in exc.message:
        text = tr("usage.takes_no_value", lang, option=shown(option))
    elif isinstance(exc, ex.BadParameter):
        param = exc.param
        opts = list(getattr(param, "opts", []) or []) if param is not None else []
        names = "/".join(sorted(opts, key=len, reverse=True)) or "?"
        value = _value_of(args, opts)
        low, high = getattr(param, "min", None), getattr(param, "max", None)
        if value is None:
            text = tr("usage.bad_value", lang, name=names, detail=shown(exc.message, 200))
        elif low is not None and high is not None:
            text = tr(
                "usage.bad_in_range", lang, name=names, value=shown(value), low=low, high=high
            )
        else:
            text = tr("usage.bad_value_of", lang, name=names, value=shown(value))
    elif exc.message.startswith("No such command"):
        name = exc.message.split("'")[1] if "'" in exc.message else exc.message
        text = tr("usage.no_such_command", lang, name=shown(name))
        close = _close_commands(ctx, name)
        if close:
            text += tr("usage.did_you_mean", lang, options=", ".join(close))
    elif exc.message.startswith("Got unexpected extra argument"):
        found = re.search(r"argument\(s\) \((.*)\)\s*$", exc.message, re.DOTALL)
        extra = found[1] if found else exc.message
        text = tr("usage.extra", lang, extra=shown(extra))
    else:
        text = tr("usage.other", lang, detail=shown(exc.format_message(), 300))
    return text + ("" if lang == "zh" else " ") + tr("usage.help", lang, command=command)


def _close_commands(ctx: Any, name: str) -> list[str]:
    """The commands of the group ``ctx`` runs whose names are close to ``name`` (a typo)."""
    import difflib  # only on this error's path

    group = getattr(ctx, "command", None)
    if group is None or not hasattr(group, "list_commands"):
        return []
    names = [
        n
        for n in group.list_commands(ctx)
        if not getattr(group.get_command(ctx, n), "hidden", False)
    ]
    return difflib.get_close_matches(name, names, n=3, cutoff=0.6)


def _command_path(args: Sequence[str]) -> str:
    """``mediaops check`` or ``mediaops rules show``: the commands named among the arguments."""
    path = ["mediaops"]
    commands: dict[str, Any] = {c.name: c for c in app.registered_commands if c.name}
    groups = {g.name: g for g in app.registered_groups if g.name}
    for arg in args:
        if arg.startswith("-"):
            continue
        if arg in groups and len(path) == 1:
            path.append(arg)
            sub = groups[arg].typer_instance
            commands = {c.name: c for c in sub.registered_commands if c.name} if sub else {}
            groups = {}
            continue
        if arg in commands:
            path.append(arg)
        break
    return " ".join(path)


def _value_of(args: Sequence[str], opts: Sequence[str]) -> str | None:
    """The value given to one of ``opts`` among the arguments (``--jobs abc``, ``-j=abc``)."""
    for i, arg in enumerate(args):
        for opt in opts:
            if arg == opt and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(opt + "="):
                return arg[len(opt) + 1 :]
    return None


def _debug() -> bool:
    return os.environ.get("MEDIAOPS_DEBUG", "").strip().lower() in ("1", "true", "yes")


def run_guarded(invoke: Callable[[], Any], args: Sequence[str]) -> int:
    """Run ``invoke`` inside the boundary and return the exit status (see the module doc)."""
    from typer._click import exceptions as ex
    from typer.exceptions import Abort

    lang = initial_lang(args)
    RUN["lang"] = lang
    RUN_LANG[0] = lang
    _streams()
    prefix = "mediaops: "
    sep = ":" if lang == "zh" else ": "
    unsupported = unsupported_lang_env()
    if unsupported is not None and _lang_given(args) is None and not _completing():
        # MEDIAOPS_LANG=fr: Chinese, as before, but said (in Chinese), not silently
        accepted = Both("zh、en", "zh, en")
        say(prefix + tr("run.lang_env", lang, value=shown(unsupported), accepted=accepted))
    try:
        try:
            result = invoke()
            code = result if isinstance(result, int) else 0
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
    except Stop as failure:
        say(prefix + tr(failure.title, lang) + sep + failure.text)
        code = failure.code
    except ex.NoArgsIsHelpError as exc:  # a group run without a command: its help
        say(exc.ctx.get_help() if exc.ctx is not None else "")
        code = EXIT_USAGE
    except ex.UsageError as exc:
        say(prefix + tr("err.usage_title", lang) + sep + usage_message(exc, lang, args))
        code = EXIT_USAGE
    except (KeyboardInterrupt, Abort, Cancelled) as stop:  # Ctrl-C; Abort: end of input
        if not getattr(stop, "said", False):
            say("")
            say(tr("run.cancelled", lang))
        code = EXIT_CANCELLED
    except Terminated as stop:
        say(tr("run.terminated", lang))
        code = stop.code
    except (OSError, CommandIOError) as exc:
        cause = exc.cause if isinstance(exc, CommandIOError) else exc
        if cause.errno == 32:  # EPIPE, however it was raised: the reader went away
            code = EXIT_PIPE
        else:
            say(prefix + tr("err.io_title", lang) + sep + io_problem(cause, lang))
            code = EXIT_IO
    except RecursionError:
        say(prefix + tr("err.title", lang) + sep + tr("err.too_deep", lang))
        code = EXIT_USAGE
    except Exception as exc:  # the last resort: a fault of the program, said plainly
        if _debug():
            traceback.print_exc()
        detail = type(exc).__name__
        say(prefix + tr("err.internal_title", lang) + sep + tr("err.internal", lang, detail=detail))
        code = EXIT_INTERNAL
    if code == EXIT_PIPE:
        # nothing more may reach the closed pipe (not even at interpreter exit)
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
        except OSError:
            pass
    return code


def io_problem(exc: OSError, lang: Lang) -> str:
    """A failed read or write, in words. Files are named by the code that opens them (the
    error then carries the file name); one that carries none was met on standard output,
    the only stream a command writes without naming it."""
    if exc.filename is None:
        return tr("err.stdout_write", lang, detail=os_error(exc))
    return tr("err.os", lang, detail=os_error(exc))


class Command(TyperCommand):
    """A command whose help is worded in the run's language, and whose options taking one
    value may be given once (click would keep the last silently: ``-e 本科 -e 高中``)."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from mediaops.ui.help import command_help

        formatter.write(command_help(self, ctx, RUN["lang"]))  # type: ignore[arg-type]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        once = [
            p.opts
            for p in self.params
            if p.param_type_name == "option" and not p.multiple and not getattr(p, "is_flag", False)
        ]
        for opts in once:
            given = [a for a in args if a in opts or a.startswith(tuple(f"{o}=" for o in opts))]
            if len(given) > 1:
                raise RepeatedOption(ctx, max(opts, key=len))
        self._check_values_given(ctx, args)
        return super().parse_args(ctx, args)

    def _check_values_given(self, ctx: Any, args: list[str]) -> None:
        """``-e --major 相关``: click would take ``--major`` for the diploma, then call 相关 an
        extra argument. An option's value that is another of the command's options (or
        ``--name=value``) is refused as the value left out, naming both."""
        takes_value: set[str] = set()
        names: set[str] = set()
        for p in self.params:
            if p.param_type_name != "option":
                continue
            opts = [*p.opts, *p.secondary_opts]
            names.update(opts)
            if not getattr(p, "is_flag", False) and not getattr(p, "count", False):
                takes_value.update(p.opts)
        i = 0
        while i < len(args) - 1:
            arg = args[i]
            if arg == "--":
                return
            if arg in takes_value:
                following = args[i + 1]
                name = following.split("=", 1)[0] if following.startswith("--") else following
                if name in names:
                    raise ValueLeftOut(ctx, arg, name)
                i += 2
                continue
            i += 1


class RepeatedOption(_click_exceptions.UsageError):
    """An option that takes one value, given twice."""

    def __init__(self, ctx: Any, option: str) -> None:
        super().__init__(option, ctx=ctx)
        self.option = option


class ValueLeftOut(_click_exceptions.UsageError):
    """An option that takes a value followed by another option instead (``-e --major``)."""

    def __init__(self, ctx: Any, option: str, following: str) -> None:
        super().__init__(option, ctx=ctx)
        self.option = option
        self.following = following


class Group(TyperGroup):
    """A group of commands whose help is worded in the run's language; the root is the boundary."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from mediaops.ui.help import command_help

        formatter.write(command_help(self, ctx, RUN["lang"]))  # type: ignore[arg-type]

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the program inside the boundary (see the module doc)."""
        argv = list(sys.argv[1:] if args is None else args)
        if standalone_mode:
            _install_signals()
        code = run_guarded(
            lambda: super(Group, self).main(
                argv, prog_name or "mediaops", complete_var, standalone_mode=False, **extra
            ),
            argv,
        )
        if standalone_mode:
            sys.exit(code)
        return code


def help_key(key: str) -> str:
    """A help text by catalogue key (checked to exist when the app is built)."""
    assert key in CATALOGUE, key
    return key


app = typer.Typer(
    name="mediaops",
    cls=Group,
    help=help_key("help.app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(
    cls=Group, help=help_key("help.rules"), no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(rules_app, name="rules", help=help_key("help.rules"))


def _version(value: bool) -> None:
    if value:
        from mediaops.__about__ import __version__

        print(f"mediaops {__version__}")
        raise typer.Exit()


def _root_lang(value: str | None) -> str | None:
    """``mediaops --lang en COMMAND``: the language of every command of the run."""
    if value is not None:
        found = parse_lang(value)
        if found is None:
            from typer._click import exceptions as ex

            raise ex.BadParameter(value, param_hint="--lang")
        os.environ["MEDIAOPS_LANG"] = found  # read by every command as its default
    return value


#: ``mediaops --lang en …`` and ``mediaops rules --lang en …``: every command's language.
_GROUP_LANG = typer.Option(
    None,
    "--lang",
    metavar="zh|en",
    callback=_root_lang,
    is_eager=True,
    help=help_key("help.opt.lang"),
    autocompletion=lambda: ["zh", "en"],
)


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_version,
        is_eager=True,
        help=help_key("help.opt.version"),
    ),
    lang: str | None = _GROUP_LANG,
) -> None:
    """help.app"""


@rules_app.callback()
def _rules(lang: str | None = _GROUP_LANG) -> None:
    """help.rules"""


class CommandIOError(Exception):
    """An operating-system error met by a command, on its way to the boundary.

    typer ends a run whose stdout closed with exit 1 before the boundary sees
    it; a command's OSError is wrapped in this (not an OSError) so that the
    boundary decides: 141 for a closed pipe, 74 for any other failed I/O.
    """

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause)
        self.cause = cause


class Cancelled(BaseException):
    """Ctrl-C during a command, on its way to the boundary (typer would turn a
    KeyboardInterrupt into a silent exit 130). ``said``: the command already said so."""

    def __init__(self, said: bool = False) -> None:
        super().__init__(said)
        self.said = said


def _guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except OSError as exc:
            raise CommandIOError(exc) from None
        except KeyboardInterrupt:
            raise Cancelled() from None

    return run


def command(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a command of ``app`` whose help is the catalogue's ``help.<name>``."""
    return lambda f: app.command(name, cls=Command, help=help_key(f"help.{name}"))(_guarded(f))


def rules_command(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a command of ``mediaops rules`` (help: ``help.rules.<name>``)."""
    return lambda f: rules_app.command(name, cls=Command, help=help_key(f"help.rules.{name}"))(
        _guarded(f)
    )
