#!/usr/bin/env bash
# Makes the certificates the tests need, in DIR (default: a new temporary folder, printed):
#   ca.pem/ca.key            a test CA ("Postino Test CA")
#   valid.pem/valid.key      signed by the CA for smtp.test, localhost, 127.0.0.1 (and *.postino.test)
#   expired.pem/expired.key  signed by the CA for the same names, expired
#   wronghost.pem/.key       signed by the CA for other.invalid only
#   selfsigned.pem/.key      self-signed for smtp.test, localhost, 127.0.0.1
# Nothing is downloaded; only openssl is used. Keys are EC P-256 (fast to make).
set -euo pipefail
DIR=${1:-$(mktemp -d)}
mkdir -p "$DIR"
cd "$DIR"

SAN_OK="subjectAltName=DNS:smtp.test,DNS:localhost,DNS:*.postino.test,DNS:postino.test,IP:127.0.0.1"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/CN=Postino Test CA/O=Postino Tests" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out ca.pem 2>/dev/null

# leaf NAME SAN START END: a CA-signed leaf valid from START to END (openssl ca date format).
leaf() {
    local name=$1 san=$2 days=$3 cn=$4
    key "$name.key"
    openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$name.csr" 2>/dev/null
    printf '%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
        "$san" > "$name.ext"
    openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days "$days" \
        -extfile "$name.ext" -out "$name.pem" 2>/dev/null
    rm -f "$name.csr" "$name.ext"
}

leaf valid "$SAN_OK" 825 smtp.test
leaf wronghost "subjectAltName=DNS:other.invalid" 825 other.invalid

# Expired: signed with a validity window entirely in the past.
key expired.key
openssl req -new -key expired.key -subj "/CN=smtp.test" -out expired.csr 2>/dev/null
printf '%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$SAN_OK" > expired.ext
if openssl x509 -help 2>&1 | grep -q -- '-not_before'; then
    openssl x509 -req -in expired.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 \
        -not_before 20200101000000Z -not_after 20210101000000Z -extfile expired.ext -out expired.pem 2>/dev/null
else
    # OpenSSL 3.0 (Debian 12): "openssl ca" takes explicit start and end dates.
    mkdir -p ca-db && : > ca-db/index.txt && echo 1000 > ca-db/serial
    cat > ca-db/ca.cnf <<CNF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = ca-db
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
CNF
    openssl ca -batch -config ca-db/ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr \
        -startdate 20200101000000Z -enddate 20210101000000Z -extfile expired.ext -notext -out expired.pem 2>/dev/null
    rm -rf ca-db
fi
rm -f expired.csr expired.ext

key selfsigned.key
openssl req -x509 -new -key selfsigned.key -sha256 -days 825 -subj "/CN=smtp.test" \
    -addext "$SAN_OK" -out selfsigned.pem 2>/dev/null

for n in valid expired wronghost selfsigned; do
    openssl x509 -in "$n.pem" -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1 > "$n.sha256"
done
echo "$DIR"
