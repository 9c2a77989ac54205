"""All tables of the workspace, imported together for Alembic."""

from workspace.api.models import ApiToken  # noqa: F401
from workspace.audit.models import AuditLog  # noqa: F401
from workspace.notifications.models import EmailNotification, NotificationLog  # noqa: F401
from workspace.privacy.models import PrivacyRun  # noqa: F401
from workspace.staff.models import LoginAttempt, StaffSession, StaffUser  # noqa: F401
from workspace.stats.lookups import CenterLookupStat  # noqa: F401
from workspace.stats.models import InquiryStat  # noqa: F401
