/**
 * Where the task pane runs: inside Word or PowerPoint (Office.js says which), or in a plain browser where
 * office.js loads but no Office host answers. Also the Office single sign-on token.
 */

export type OfficeApp = 'PowerPoint' | 'Word' | 'other' | 'none';

/** How long to wait for Office to answer before treating the page as opened outside Office. */
const OfficeReadyTimeoutMs = 4000;

export async function detectOfficeApp(): Promise<OfficeApp> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return 'none';
  }

  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OfficeReadyTimeoutMs)),
  ]);
  if (!info || !info.host) {
    return 'none';
  }

  return info.host === Office.HostType.PowerPoint ? 'PowerPoint' : info.host === Office.HostType.Word ? 'Word' : 'other';
}

/**
 * The Office SSO token for the add-in's Entra app (the same app and audience the tab's Teams SSO uses), with
 * Office's own sign-in and consent prompts allowed.
 */
export async function officeToken(): Promise<string> {
  const options = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true };
  if (typeof OfficeRuntime !== 'undefined' && OfficeRuntime.auth?.getAccessToken) {
    return OfficeRuntime.auth.getAccessToken(options);
  }

  return Office.auth.getAccessToken(options);
}

/** True when the running Office supports the insert APIs the pane uses. */
export function supportsInsert(app: OfficeApp): boolean {
  const requirements = Office.context.requirements;
  return app === 'PowerPoint' ? requirements.isSetSupported('PowerPointApi', '1.3') : app === 'Word' ? requirements.isSetSupported('WordApi', '1.1') : false;
}
