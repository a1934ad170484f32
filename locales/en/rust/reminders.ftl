# Reminders: notifications (src-tauri/src/reminders.rs) and calendar events (follow_ups/calendar.rs).
# $name is the customer's name, $task one of the first five messages, $assignee who the follow-up is for.
# reminders-missed-many is only said for more than 3.

reminders-call-back = Call back { $name }
reminders-check-in = Check in with { $name }
reminders-send-card = Send a card to { $name }
reminders-birthday = Birthday card for { $name }
reminders-other = Follow up with { $name }
reminders-for-someone = For { $assignee }: { $task }
reminders-missed = Missed: { $task }
reminders-missed-many = { $count } follow-ups were missed while Kindly was closed
reminders-open-today = Open Today to see them.
reminders-open-page = Click to open their page.
