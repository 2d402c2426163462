/**
 * The extension's only request to the network: a subscribed pack's file (and its signature file
 * beside it). It checks, on every call, that the reader granted the URL's host (the optional host
 * permission the options page asks for when the reader subscribes) and refuses otherwise — so no
 * request is made without a subscription, and none to any other origin.
 */
import browser from 'webextension-polyfill';
import type { FetchLike } from '../../../src/packs/run-update';
import { hostPermissionFor, subscriptionOrigin } from '../../../src/packs/urls';

/** Whether the reader granted the host of `url` (and a subscription may use it at all). */
export async function originGranted(url: string): Promise<boolean> {
  const pattern = hostPermissionFor(url);
  return pattern !== undefined && browser.permissions.contains({ origins: [pattern] });
}

export function notAllowedMessage(url: string): string {
  return `Backstory is not allowed to reach ${subscriptionOrigin(url) ?? url}`;
}

export const subscriptionFetch: FetchLike = async (url, init) => {
  if (!(await originGranted(url))) throw new Error(notAllowedMessage(url));
  return fetch(url, init);
};
