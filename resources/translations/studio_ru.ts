<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>- +30 % requests in a month: which topics and channels grew?
- wait time up → staffing or longer calls?
- check: new release on the 3rd, price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- knowledge base + self-service for top 5 topics
- fix the release bug
- callback instead of queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- impact / cost / risk table
- quick win: FAQ bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- combination: fix root cause + deflect repeat questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- week 1: data; week 2-3: KB; owner: support lead; KPI: wait &lt; 2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for this attempt (minutes per phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry spare or overrun time to later phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime at phase ends and 5 / 1 min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify at the same moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the oral part; phase changes are marked in the take (Voice tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: time used of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase (N) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more minute for this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions of this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think in writing: one idea per line, start a line with “- ” for a list. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Space pause · N next · P previous · + one more minute · Ctrl+Enter finish · Esc leaves notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and used time per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment: score each criterion 1 (poor) to 5 (excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessors&apos; questions: answer in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would do differently next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, and what would you do differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual time per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {planned} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors&apos; questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwind Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client relations manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask HR about the team size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue Harbor Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Who I am: client relations manager, 5 years in telecom
• Experience: 120 key accounts, complaints desk lead
• Achievement: renewals up from 78 % to 90 % in a year
• Why this role: long-term relationships, not one-off sales
• Goal: grow into leading a client team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio&apos;s database was damaged (%1). It was not deleted: it was moved to
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found, so the studio starts with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with an empty database; the damaged file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom target length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script or outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your script or bullet outline. For a self-introduction: who you are, relevant experience, two or three achievements with numbers, why this role, your goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompter font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for microphones again (after plugging one in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak for five seconds: level, clipping and background noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new take (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the take (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and keep the take (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loop selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag on the waveform to select a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the take to the trash (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two takes to compare them side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Interviews and their checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a checklist run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the checklist run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the checklist run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checklist run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived checklist runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a template (TOML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a template (TOML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p % ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group items by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;my template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a checklist on the left, or start one with “Start a run…”.

Each interview gets its own copy of a checklist, ticked off independently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tick could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview (standalone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start checklist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate checklist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist duplicated. Ctrl+Z removes the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist archived. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete checklist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items unchecked. Ctrl+Z brings the ticks back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2. Start these checklists for it?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists for the new interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start checklists for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as your template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template imported as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the other take at the same point of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse both takes to see how the metrics changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>The exercises could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min · %3 phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the assessors judge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the exercise suggests %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guiding questions for this phase: use the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: press Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME: Ctrl+Enter to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME: N for the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole exercise: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole exercise: %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last phase: Ctrl+Enter finishes the exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for “%1”. Next: “%2” (press N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for “%1”. Finish with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were away %1 min. The timer was held at the moment you left. Count the time away, stay paused, or end the attempt there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was recorded; it is in the Voice tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used %1 of %2 planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, started %2, was not finished. Resume it where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished attempt was put aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished attempt could not be resumed (%1); it was kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the company name (up to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role can be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPanel</name>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interview (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected interview (Del); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews yet.
Add the next one you are preparing for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write what the item is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak %1 dBFS, level %2 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice: record a self-introduction or an answer, replay it on a waveform and compare takes.

This section is being built and arrives in the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: a 30-minute case phase by phase, role-plays, group tasks and presentations with a timer, notes and a debrief.

This section is being built and arrives in the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists: tick off preparation lists for each interview.

This section is being built and arrives in the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: questions, exercises, checklists and letters from the preparation guides.

This section is being built and arrives in the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Interview Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Studio %1&lt;/h3&gt;&lt;p&gt;An offline studio for rehearsing job interviews. Nothing you record or write leaves this computer.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Interview Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section could not be opened; see the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&lt;b&gt;Delivery review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a take to see its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure pace, pauses, pitch, loudness and filled pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as my template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the template a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default target length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a chime at phase changes and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a system notification at phase changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry unused or overrun time to the next phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long pause threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all your data to another folder and use it from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;target length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long &amp;pause from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when the studio starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files copied to %2. The studio uses the new folder from the next start; the old folder %3 is kept until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Start a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist templates were found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Voi&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the takes trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic check: speak normally for five seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic check: %1 (level %2 dBFS, noise %3 dBFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mic check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sound — check that the microphone is connected, selected and not muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too loud, the sound clips — lower the input gain or move back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too quiet — move closer or raise the input gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very loud, close to clipping — lower the gain a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background noise is high — find a quieter place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microphone sounds good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — P resumes the same take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout at %1: the computer could not keep up; marked on the waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped sending sound at %1. The take was saved up to that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The take could not be written (is the disk full?). Recording stopped; everything up to %1 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone reported an error at %1; the take was saved up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The take cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take moved to the trash. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the takes in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav);;FLAC audio (*.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two takes to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording from %1 (about %2 min) was interrupted. Recover it as a take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted take was recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The take could not be recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a take, or pick one from the list below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Delete take “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Delete interview “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Your data could not be opened: %1. Nothing was deleted; see the log file in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your data is saved. Details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
