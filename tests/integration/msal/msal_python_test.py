#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Microsoft's own client library against the sandbox, unchanged: MSAL for Python (Debian's python3-msal).

Starts `passcode-sandbox` over https (a throw-away self-signed certificate, trusted by this test's HTTP session
only) and drives MSAL's public-client flows as an application would: authority discovery, the device code flow
with polling (authorization_pending, then approval), the account MSAL builds from client_info and the ID token,
a silent refresh (refresh-token grant, rotation), the authorization code flow with PKCE, state and nonce, a
revoked refresh token, the tenant forms of the authority, and Graph called with MSAL's token. Any difference
in what the sandbox answers from what MSAL expects of Entra ID fails a test.

Usage: msal_python_test.py --sandbox PATH/passcode-sandbox [unittest options]
"""
import argparse
import datetime
import hashlib
import ipaddress
import os
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

try:
    import msal
    import requests
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
except ImportError as error:  # never skipped silently: scripts/deps.sh installs python3-msal
    sys.exit(f"msal_python_test.py needs Debian's python3-msal (scripts/deps.sh installs it): {error}")

CLIENT_ID = "5f6d0b1c-8a2e-4c3d-9e8f-1a2b3c4d5e6f"
SCOPES = ["https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All"]
UPN = "helpdesk@contoso-sandbox.onmicrosoft.com"
SANDBOX = None


def write_certificate(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return cert_path, key_path


class MsalPython(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cert, key = write_certificate(cls.folder.name)
        cls.sandbox = subprocess.Popen(
            [SANDBOX, "--port", "0", "--devices", "40", "--seed", "3", "--tls-cert", cert, "--tls-key", key],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        cls.base = cls.sandbox.stdout.readline().strip()
        assert cls.base.startswith("https://127.0.0.1:"), cls.base
        cls.http = requests.Session()
        cls.http.verify = cert
        cls.http.trust_env = False  # REQUESTS_CA_BUNDLE would replace the certificate set above

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.terminate()
        cls.sandbox.wait(timeout=10)
        cls.folder.cleanup()

    def control(self, path, body=None):
        answer = self.http.post(self.base + "/sandbox/" + path, json=body or {})
        self.assertEqual(answer.status_code, 200, answer.text)
        return answer.json()

    def app(self, tenant="organizations", cache=None):
        return msal.PublicClientApplication(CLIENT_ID, authority=f"{self.base}/{tenant}", http_client=self.http,
                                            validate_authority=False, token_cache=cache)

    def device_code_sign_in(self, app):
        flow = app.initiate_device_flow(scopes=SCOPES)
        self.assertIn("user_code", flow, flow)
        self.assertIn(flow["user_code"], flow["message"])
        self.assertTrue(flow["verification_uri"].startswith(self.base))
        flow["interval"] = 1  # MSAL sleeps this long between polls; the sandbox says 5 like Entra ID
        polls = []
        # MSAL polls until the code is approved: approve it after the first authorization_pending.
        result = app.acquire_token_by_device_flow(
            flow, exit_condition=lambda f: polls.append(1) or (len(polls) == 1 and self.approve(flow)) and False)
        self.assertGreaterEqual(len(polls), 1)
        return result

    def approve(self, flow):
        self.control("devicecode/approve", {"user_code": flow["user_code"], "upn": UPN})
        return False

    def test_device_code_flow_gives_an_account_and_tokens_graph_accepts(self):
        app = self.app()
        result = self.device_code_sign_in(app)
        self.assertIn("access_token", result, result)
        self.assertEqual(result["token_type"], "Bearer")
        self.assertEqual(result["id_token_claims"]["preferred_username"], UPN)
        accounts = app.get_accounts()
        self.assertEqual(len(accounts), 1)
        claims = result["id_token_claims"]
        self.assertEqual(accounts[0]["home_account_id"], f"{claims['oid']}.{claims['tid']}")  # from client_info
        self.assertEqual(accounts[0]["username"], UPN)
        me = self.http.get(self.base + "/v1.0/me", headers={"Authorization": "Bearer " + result["access_token"]})
        self.assertEqual(me.status_code, 200, me.text)
        self.assertEqual(me.json()["userPrincipalName"], UPN)
        devices = self.http.get(self.base + "/v1.0/deviceManagement/managedDevices?$top=5",
                                headers={"Authorization": "Bearer " + result["access_token"]})
        self.assertEqual(devices.status_code, 200, devices.text)
        self.assertEqual(len(devices.json()["value"]), 5)

    def test_silent_refresh_rotates_the_refresh_token_and_a_revoked_one_asks_for_sign_in(self):
        cache = msal.SerializableTokenCache()
        app = self.app(cache=cache)
        first = self.device_code_sign_in(app)
        account = app.get_accounts()[0]
        cached = app.acquire_token_silent(SCOPES, account=account)
        self.assertEqual(cached["access_token"], first["access_token"])  # from MSAL's cache, no request
        refreshed = app.acquire_token_silent(SCOPES, account=account, force_refresh=True)
        self.assertIn("access_token", refreshed, refreshed)
        self.assertNotEqual(refreshed["refresh_token"], first["refresh_token"])
        self.control("tokens/revoke", {"upn": UPN})
        failed = app.acquire_token_silent_with_error(SCOPES, account=account, force_refresh=True)
        self.assertIsNotNone(failed)
        self.assertEqual(failed.get("error"), "invalid_grant", failed)
        self.assertTrue(any(code in failed.get("error_codes", []) for code in (50173, 70000, 700082)), failed)

    def test_authorization_code_flow_with_pkce_state_and_nonce(self):
        app = self.app()
        flow = app.initiate_auth_code_flow(SCOPES, redirect_uri="http://localhost:8765/", login_hint=UPN)
        self.control("auto-approve", {"enabled": True})
        try:
            answer = self.http.get(flow["auth_uri"], allow_redirects=False)
        finally:
            self.control("auto-approve", {"enabled": False})
        self.assertEqual(answer.status_code, 302, answer.text)
        location = urllib.parse.urlparse(answer.headers["Location"])
        self.assertEqual(f"{location.scheme}://{location.netloc}{location.path}", "http://localhost:8765/")
        auth_response = dict(urllib.parse.parse_qsl(location.query))
        self.assertEqual(auth_response["state"], flow["state"])
        # MSAL checks state, sends the PKCE verifier and checks the ID token's nonce.
        result = app.acquire_token_by_auth_code_flow(flow, auth_response)
        self.assertIn("access_token", result, result)
        expected_nonce = hashlib.sha256(flow["nonce"].encode("ascii")).hexdigest()  # OIDC core, NonceNotes
        self.assertEqual(result["id_token_claims"]["nonce"], expected_nonce)
        self.assertEqual(app.get_accounts()[0]["username"], UPN)

    def test_every_tenant_form_of_the_authority_is_discovered(self):
        state = self.http.get(self.base + "/sandbox/state").json()
        tenant_id = state["tenantId"]
        for tenant in ("common", "organizations", tenant_id, "contoso-sandbox.onmicrosoft.com"):
            with self.subTest(tenant=tenant):
                app = self.app(tenant)
                self.assertTrue(app.authority.token_endpoint.startswith(self.base))
                self.assertTrue(app.authority.device_authorization_endpoint.startswith(self.base))
                flow = app.initiate_device_flow(scopes=SCOPES)
                self.assertIn("device_code", flow, flow)

    def test_authority_validation_through_the_sandboxs_instance_discovery(self):
        # With validation on, MSAL asks an instance discovery endpoint first (login.microsoftonline.com unless told
        # otherwise); pointed at the sandbox's, it validates the authority as it would Entra ID's.
        app = msal.PublicClientApplication(CLIENT_ID, authority=f"{self.base}/organizations", http_client=self.http,
                                            instance_discovery=f"{self.base}/common/discovery/instance")
        self.assertTrue(app.authority.token_endpoint.startswith(self.base))
        self.assertIn("device_code", app.initiate_device_flow(scopes=SCOPES))
        with self.assertRaises(ValueError):  # invalid_instance: MSAL refuses an authority the endpoint does not know
            msal.PublicClientApplication(CLIENT_ID, authority="https://127.0.0.2:1/organizations",
                                         http_client=self.http,
                                         instance_discovery=f"{self.base}/common/discovery/instance")

    def test_a_declined_device_code_ends_the_flow_with_entra_ids_error(self):
        app = self.app()
        flow = app.initiate_device_flow(scopes=SCOPES)
        flow["interval"] = 1
        self.control("devicecode/decline", {"user_code": flow["user_code"]})
        result = app.acquire_token_by_device_flow(flow)
        self.assertEqual(result.get("error"), "authorization_declined", result)

    def test_removing_the_account_forgets_its_tokens(self):
        app = self.app()
        self.device_code_sign_in(app)
        account = app.get_accounts()[0]
        app.remove_account(account)
        self.assertEqual(app.get_accounts(), [])
        self.assertIsNone(app.acquire_token_silent(SCOPES, account=account))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    args, rest = parser.parse_known_args()
    SANDBOX = args.sandbox
    print(f"MSAL for Python {msal.__version__}", flush=True)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
