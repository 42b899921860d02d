// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft's MSAL for Node (@azure/msal-node, unchanged) against passcode-sandbox over https: the device code flow
// (MSAL for Node redeems it under the short grant name `device_code`), the account, a forced silent refresh, Graph
// with its token, and the authorization code flow with PKCE. Run by hand (needs npm and the npm registry):
//   cd tests/integration/msal/node && npm ci && node msal_node_check.mjs PATH/passcode-sandbox
// Exit status 0 when every step worked; the first failure is printed.
import * as msal from "@azure/msal-node";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readline from "node:readline";

const folder = mkdtempSync(join(tmpdir(), "msal-node-"));
const cert = join(folder, "cert.pem"), key = join(folder, "key.pem");
execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-days", "1",
    "-keyout", key, "-out", cert], { stdio: "ignore" });
if (!process.env.MSAL_CHECK_CERT) { // Node reads it at start: run again with the certificate trusted
    const child = spawn(process.execPath, process.argv.slice(1), { stdio: "inherit",
        env: { ...process.env, NODE_EXTRA_CA_CERTS: cert, MSAL_CHECK_CERT: cert, MSAL_CHECK_KEY: key } });
    child.on("exit", (code) => process.exit(code ?? 1));
} else {
    await check(process.env.MSAL_CHECK_CERT, process.env.MSAL_CHECK_KEY);
}

async function check(certFile, keyFile) {
    const sandbox = spawn(process.argv[2], ["--port", "0", "--devices", "20", "--auto-approve",
        "--tls-cert", certFile, "--tls-key", keyFile], { stdio: ["ignore", "pipe", "ignore"] });
    const base = await new Promise((resolve, reject) => {
        readline.createInterface({ input: sandbox.stdout }).once("line", resolve);
        sandbox.once("exit", (code) => reject(new Error(`passcode-sandbox ended with status ${code}`)));
        sandbox.once("error", reject);
    });
    const scopes = ["https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All"];
    const upn = "helpdesk@contoso-sandbox.onmicrosoft.com";
    let status = 0;
    try {
        const app = new msal.PublicClientApplication({ auth: {
            clientId: "5f6d0b1c-8a2e-4c3d-9e8f-1a2b3c4d5e6f", authority: `${base}/organizations`,
            knownAuthorities: [new URL(base).host] } });
        const signedIn = await app.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: () => {} });
        assert.equal(signedIn.account.username, upn);
        assert.equal(signedIn.tokenType, "Bearer");
        assert.equal(signedIn.account.homeAccountId, `${signedIn.idTokenClaims.oid}.${signedIn.idTokenClaims.tid}`);
        console.log("device code flow: ok");
        const [account] = await app.getTokenCache().getAllAccounts();
        const refreshed = await app.acquireTokenSilent({ account, scopes, forceRefresh: true });
        assert.notEqual(refreshed.accessToken, signedIn.accessToken);
        assert.equal(refreshed.fromCache, false);
        console.log("silent refresh: ok");
        const me = await fetch(`${base}/v1.0/me`, { headers: { Authorization: `Bearer ${refreshed.accessToken}` } });
        assert.equal(me.status, 200);
        assert.equal((await me.json()).userPrincipalName, upn);
        console.log("Graph with MSAL's token: ok");
        const pkce = await new msal.CryptoProvider().generatePkceCodes();
        const redirectUri = "http://localhost:8766/";
        const url = await app.getAuthCodeUrl({ scopes, redirectUri, loginHint: upn,
            codeChallenge: pkce.challenge, codeChallengeMethod: "S256" });
        const answer = await fetch(url, { redirect: "manual" });
        assert.equal(answer.status, 302);
        const code = new URL(answer.headers.get("location")).searchParams.get("code");
        const byCode = await app.acquireTokenByCode({ code, scopes, redirectUri, codeVerifier: pkce.verifier });
        assert.equal(byCode.account.username, upn);
        console.log("authorization code flow with PKCE: ok");
        console.log(`MSAL for Node ${msal.version}: every step worked`);
    } catch (error) {
        console.error("FAILED:", error.errorCode ?? "", error.errorMessage ?? error.message);
        status = 1;
    } finally {
        sandbox.kill();
    }
    process.exit(status);
}
