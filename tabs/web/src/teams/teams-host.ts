// teams-js is imported only when the page is framed: on load it fetches Teams' list of valid
// domains, which a standalone page (development, tests) has no use for.
type TeamsJs = typeof import('@microsoft/teams-js');
let teamsJs: TeamsJs | null = null;

/** Where the page runs: a Teams surface, or a plain browser during development. */
export type FrameKind = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'standalone';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the page needs to know about its Teams host (all null outside Teams). */
export interface HostContext {
  inTeams: boolean;
  frame: FrameKind;
  theme: ThemeName;
  teamId: string | null;
  teamName: string | null;
  channelId: string | null;
  meetingId: string | null;
  userName: string | null;
}

const initializeTimeoutMs = 3_000;

/**
 * Connects to Teams when the page is framed by it; otherwise (or when Teams does not answer in
 * time) the page runs standalone so it can be developed and tested in a plain browser.
 */
export async function connectToHost(onThemeChange: (theme: ThemeName) => void): Promise<HostContext> {
  const standalone = standaloneContext();
  // A top-level window cannot be inside Teams: skip the handshake and its timeout.
  if (window.self === window.top) {
    return standalone;
  }

  try {
    teamsJs = await import('@microsoft/teams-js');
    const { app } = teamsJs;
    await withTimeout(app.initialize(), initializeTimeoutMs);
    const context = await withTimeout(app.getContext(), initializeTimeoutMs);
    app.registerOnThemeChangeHandler((theme) => onThemeChange(toThemeName(theme)));
    return {
      inTeams: true,
      frame: toFrameKind(context.page.frameContext),
      theme: toThemeName(context.app.theme),
      teamId: context.team?.internalId ?? null,
      teamName: context.team?.displayName ?? null,
      channelId: context.channel?.id ?? null,
      meetingId: context.meeting?.id ?? null,
      userName: context.user?.displayName ?? null,
    };
  } catch (error) {
    console.warn('Teams did not answer; running standalone.', error);
    return standalone;
  }
}

/** A Teams SSO token for the tab API, or null outside Teams. */
export async function teamsToken(context: HostContext): Promise<string | null> {
  if (!context.inTeams || !teamsJs) {
    return null;
  }

  return await teamsJs.authentication.getAuthToken();
}

/** The loaded teams-js, for pages that call more of it (the config page); null outside Teams. */
export function loadedTeamsJs(): TeamsJs | null {
  return teamsJs;
}

/** Tells Teams the page finished loading (it shows a spinner until then). */
export function notifyLoaded(context: HostContext): void {
  if (context.inTeams && teamsJs) {
    void teamsJs.app.notifySuccess();
  }
}

function standaloneContext(): HostContext {
  const query = new URLSearchParams(window.location.search);
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return {
    inTeams: false,
    frame: 'standalone',
    theme: toThemeName(query.get('theme') ?? (prefersDark ? 'dark' : 'default')),
    teamId: query.get('teamId'),
    teamName: null,
    channelId: query.get('channelId'),
    meetingId: null,
    userName: null,
  };
}

export function toThemeName(theme: string | null | undefined): ThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function toFrameKind(frame: string | undefined): FrameKind {
  switch (frame) {
    case 'settings':
      return 'settings';
    case 'sidePanel':
      return 'sidePanel';
    case 'meetingStage':
      return 'meetingStage';
    default:
      return 'content';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`No answer within ${ms} ms.`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
