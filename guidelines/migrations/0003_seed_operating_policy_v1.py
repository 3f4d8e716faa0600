"""Version 1 of the operating policy, as adopted by the HQ on 17 October 2016."""

from django.db import migrations


def seed(apps, schema_editor):
    from guidelines.seed import operating_policy_seed

    operating_policy_seed(
        apps.get_model("guidelines", "OperatingPolicy"),
        apps.get_model("guidelines", "OperatingPolicyClause"),
    )


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0002_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
