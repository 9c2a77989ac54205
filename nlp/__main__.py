"""`python -m nlp triage|train|train-safety|eval|eval-safety`: the nlp commands without the `intake` wrapper."""

from nlp.cli import eval_safety_command, eval_triage_command, nlp_group, triage_command

nlp_group.add_command(triage_command)
nlp_group.add_command(eval_triage_command)
nlp_group.add_command(eval_safety_command, "eval-safety")

if __name__ == "__main__":
    nlp_group()
