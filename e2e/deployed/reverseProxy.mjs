// The site as deployed, for e2e/deployed/: Debian's nginx terminating TLS for a public name in
// front of a production build, with the repository's own deploy/nginx/dps-proxy.conf. The
// certificate is self-signed, made with openssl for each run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

function requireCommand(command, install) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is needed for the deployed-site tests: ${install}`);
  }
}

function selfSignedCertificate(dir, publicHostname) {
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', `/CN=${publicHostname}`, '-addext', `subjectAltName=DNS:${publicHostname}`,
    '-keyout', key, '-out', certificate,
  ], { stdio: 'ignore' });
  return { certificate, key };
}

/** nginx's main configuration around the shipped proxy rules, as deploy/nginx/dps-site.conf has them. */
function configuration({ dir, publicHostname, upstreamPort, tlsPort, certificate, key }) {
  return `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    upstream dps_site {
        server 127.0.0.1:${upstreamPort};
        keepalive 16;
    }
    server {
        listen 127.0.0.1:${tlsPort} ssl;
        server_name ${publicHostname};
        ssl_certificate ${certificate};
        ssl_certificate_key ${key};
        include ${path.resolve('deploy/nginx/dps-proxy.conf')};
    }
}
`;
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Starts nginx on 127.0.0.1:tlsPort for the site's public name (the hostname of SITE_URL, which
 * Chromium resolves there), in front of the server on upstreamPort; resolves with its process.
 */
export async function startReverseProxy({ dir, publicHostname, upstreamPort, tlsPort }) {
  requireCommand('nginx', 'apt-get install nginx');
  requireCommand('openssl', 'apt-get install openssl');
  const absoluteDir = path.resolve(dir);
  mkdirSync(absoluteDir, { recursive: true });
  const { certificate, key } = selfSignedCertificate(absoluteDir, publicHostname);
  const file = path.join(absoluteDir, 'nginx.conf');
  writeFileSync(file, configuration({ dir: absoluteDir, publicHostname, upstreamPort, tlsPort, certificate, key }));
  const nginx = spawn('nginx', ['-p', absoluteDir, '-e', path.join(absoluteDir, 'error.log'), '-c', file, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await listening(tlsPort)) return nginx;
    if (nginx.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  nginx.kill('SIGTERM');
  throw new Error(`nginx did not start on port ${tlsPort} (see ${absoluteDir}/error.log)`);
}
