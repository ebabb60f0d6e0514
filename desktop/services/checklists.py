"""Checklist templates: the shipped defaults, a county's own from Excel, versions.

A template changed after inspections were made with it becomes a new
version; one nobody has used yet is replaced in place. Inspections keep
the version they were made with (docs/checklist-format.md, "Versions").
"""

from __future__ import annotations

import json
import re
import tomllib
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.changes import ChangeSet
from desktop.core.checklists import Template, TemplateInvalid, content_hash, parse_template, template_data
from desktop.core.errors import NotFound, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.inspections import TemplateInfo
from desktop.services.locations import package_data
from desktop.storage.inspections import template_values

BUILTIN_ORIGIN = "builtin"
IMPORTED_ORIGIN = "imported"
_KEY = re.compile(r"^(?P<code>[a-z0-9][a-z0-9\-]+)(?:@(?P<version>\d+))?$")
# Shipped templates get ids made from what they are, so every installation
# holds the same row for the same version and sync sees one record, not two
# with the same code and version (docs/sync-format.md §5).
_BUILTIN_IDS = uuid.UUID("0192a3c0-5d1e-7b6a-9c4e-7a11a9e0c4b1")


def builtin_template_id(code: str, version: int, digest: str) -> str:
    return str(uuid.uuid5(_BUILTIN_IDS, f"{code}\x00{version}\x00{digest}"))


@dataclass(frozen=True)
class InstallResult:
    info: TemplateInfo
    outcome: str          # "new" | "new_version" | "replaced" | "unchanged"
    changeset: ChangeSet | None

    @property
    def message(self) -> str:
        text = {
            "new": translate("Checklists", "Template {label} added."),
            "new_version": translate("Checklists", "Template {label} added as a new version; inspections made "
                                                   "with earlier versions keep theirs."),
            "replaced": translate("Checklists", "Template {label} replaced (no inspection used it yet)."),
            "unchanged": translate("Checklists", "Template {label} is already here, unchanged."),
        }[self.outcome]
        return text.format(label=self.info.label)


class TemplateFileInvalid(VillageDeskError):
    """A template file with mistakes; `lines` holds one message per mistake."""

    def __init__(self, lines: list[str]) -> None:
        head = translate("Checklists", "The template has {count} mistakes; nothing was imported.").format(count=len(lines))
        super().__init__(head + "\n" + "\n".join(lines))
        self.lines = lines


def builtin_files() -> list[Path]:
    return sorted((package_data("resources") / "checklists").glob("*.toml"))


def builtin_templates() -> list[Template]:
    templates = []
    for path in builtin_files():
        with path.open("rb") as f:
            templates.append(parse_template(tomllib.load(f)))
    return templates


class ChecklistService:
    def __init__(self, workspace) -> None:
        self.ws = workspace
        self._cache: dict[str, tuple[int, Template]] = {}
        self._builtin_checked = False

    # -- listing and loading ---------------------------------------------

    def ensure_builtin(self, w=None) -> ChangeSet | None:
        """Install the shipped templates that are missing or have changed;
        inside the caller's write `w` if given (then it commits with it)."""
        if w is not None:
            for template in builtin_templates():
                self._install_in(w, template, BUILTIN_ORIGIN, only_if_new_content=True)
            return None
        if self._builtin_checked:
            return None
        changed = None
        for template in builtin_templates():
            # The app installs what it ships, for whoever uses it first: not
            # the reviewer's "install_template" (core/access.py).
            result = self.install(template, BUILTIN_ORIGIN, only_if_new_content=True,
                                  action="install_shipped_templates")
            changed = result.changeset or changed
        self._builtin_checked = True
        return changed

    def list(self) -> list[TemplateInfo]:
        self.ensure_builtin()
        with self.ws.db.read() as r:
            return r.inspections.template_infos()

    def resolve(self, key: str) -> str:
        """A template id from an id, `code@version` or `code` (its latest version)."""
        self.ensure_builtin()
        key = key.strip()
        with self.ws.db.read() as r:
            if r.inspections.template_row(key) is not None:
                return key
            m = _KEY.match(key)
            row = r.inspections.template_version(m["code"], int(m["version"]) if m["version"] else None) if m else None
        if row is None:
            raise NotFound(translate("Checklists", "There is no checklist template {key}. "
                                                   "`villagedesk checklist list` shows them.").format(key=key))
        return row.id

    def load(self, template_id: str) -> tuple[Template, TemplateInfo]:
        with self.ws.db.read() as r:
            row = r.inspections.template_row(template_id)
            if row is None:
                raise NotFound(translate("Checklists", "There is no checklist template {key}.").format(key=template_id))
            cached = self._cache.get(template_id)
            if cached and cached[0] == row.row_version:
                # Parsed once per version; usage counts move, so re-read those.
                return cached[1], r.inspections.template_info(template_id, row)
            template, info = r.inspections.template(template_id)
        self._cache[template_id] = (row.row_version, template)
        return template, info

    # -- installing ------------------------------------------------------

    def install(self, template: Template, origin: str = IMPORTED_ORIGIN, *,
                only_if_new_content: bool = False, action: str = "install_template") -> InstallResult:
        with self.ws.db.write(self.ws.actor, action) as w:
            info, outcome = self._install_in(w, template, origin, only_if_new_content=only_if_new_content)
        return InstallResult(info, outcome, w.changeset if outcome != "unchanged" else None)

    def _install_in(self, w, template: Template, origin: str, *, only_if_new_content: bool) -> tuple[TemplateInfo, str]:
        digest = content_hash(template)
        latest = w.inspections.template_version(template.code)
        if latest is None:
            changed_id = w.insert("checklist_template", self._new_row(replace(template, version=1), digest, origin))
            outcome = "new"
        elif latest.content_hash == digest or (only_if_new_content and (
                latest.origin != BUILTIN_ORIGIN or w.inspections.has_template_content(template.code, digest))):
            # The shipped version never replaces a county's own (imported) one.
            return w.inspections.template(latest.id)[1], "unchanged"
        elif w.inspections.template_used(latest.id):
            changed_id = w.insert("checklist_template",
                                  self._new_row(replace(template, version=latest.version + 1), digest, origin))
            outcome = "new_version"
        else:
            w.update("checklist_template", latest.id, latest.row_version,
                     self._values(replace(template, version=latest.version), digest, origin))
            changed_id, outcome = latest.id, "replaced"
        return w.inspections.template(changed_id)[1], outcome

    @staticmethod
    def _values(template: Template, digest: str, origin: str) -> dict:
        content = json.dumps(template_data(template), ensure_ascii=False, sort_keys=True)
        return template_values(template, content, digest, origin)

    @classmethod
    def _new_row(cls, template: Template, digest: str, origin: str) -> dict:
        values = cls._values(template, digest, origin)
        if origin == BUILTIN_ORIGIN:
            values["id"] = builtin_template_id(template.code, template.version, digest)
        return values

    # -- files -----------------------------------------------------------

    def read_file(self, path: str | Path) -> Template:
        """A template from an .xlsx or .toml file; every mistake reported."""
        path = Path(path)
        try:
            if path.suffix.lower() == ".toml":
                with path.open("rb") as f:
                    return parse_template(tomllib.load(f))
            from desktop.services.checklist_excel import read_template_xlsx
            return read_template_xlsx(path)
        except TemplateInvalid as e:
            raise TemplateFileInvalid([_problem_line(p) for p in e.problems]) from None
        except tomllib.TOMLDecodeError as e:
            raise TemplateFileInvalid([str(e)]) from None
        except OSError as e:
            raise VillageDeskError(translate("Checklists", "Cannot read {path}: {reason}").format(
                path=path, reason=e.strerror or e)) from None

    def import_file(self, path: str | Path) -> InstallResult:
        template = self.read_file(path)
        # A backup first (services/backups.py: skipped if nothing changed
        # since the newest; a failed one does not stop the import).
        self.ws.backups.before("before-import", action="install_template")
        return self.install(template, IMPORTED_ORIGIN)

    def export_file(self, template_id: str, path: str | Path) -> Path:
        template, _ = self.load(template_id)
        from desktop.services.checklist_excel import write_template_xlsx
        try:
            return write_template_xlsx(template, Path(path))
        except OSError as e:
            raise VillageDeskError(translate("Checklists", "Cannot write {path}: {reason}").format(
                path=path, reason=e.strerror or e)) from None


def _problem_line(p) -> str:
    where = getattr(p.where, "describe", None)
    place = where() if callable(where) else str(p.where)
    return translate("Checklists", "{place}, {field}: {message}").format(place=place, field=p.field, message=p.message)
