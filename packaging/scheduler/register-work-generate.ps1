<#
.SYNOPSIS
  Registers the scheduled task that runs `agent-desktop work generate` every five minutes
  against the central database.

.DESCRIPTION
  The task runs as -User (a service account), which must have in its own profile:
    - the machine or user environment variable AGENT_DESKTOP_DATABASE_URL, without a password,
      e.g. postgresql+psycopg://agent_desktop_work@db.example.org/agent_desktop?sslmode=verify-full
    - the password in %APPDATA%\postgresql\pgpass.conf (host:port:database:user:password),
      readable by that account alone; libpq reads it. Never put the password in the URL.
  One run is one transaction and is safe to repeat; a run still going when the next is due
  is left to finish (MultipleInstances IgnoreNew).

.EXAMPLE
  .\register-work-generate.ps1 -User 'CONTOSO\svc-agent-desktop' -Exe 'C:\Program Files\agent_desktop\agent-desktop.exe'
#>
param(
    [Parameter(Mandatory = $true)][string] $User,
    [string] $Exe = "$env:ProgramFiles\agent_desktop\agent-desktop.exe",
    [string] $TaskName = 'agent_desktop work generate'
)

$action = New-ScheduledTaskAction -Execute $Exe -Argument 'work generate'
$trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).Date `
    -RepetitionInterval (New-TimeSpan -Minutes 5)
$settings = New-ScheduledTaskSettingsSet -MultipleInstances IgnoreNew `
    -ExecutionTimeLimit (New-TimeSpan -Minutes 4) -StartWhenAvailable
$credential = Get-Credential -UserName $User -Message "The account the task runs as"
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger `
    -Settings $settings -User $User -Password $credential.GetNetworkCredential().Password `
    -RunLevel Limited -Description 'Creates progress updates, delay notices and restriction reviews that fall due.'
