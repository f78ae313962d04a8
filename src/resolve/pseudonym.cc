// Keyed pseudonyms with OpenSSL: HMAC-SHA256 for pseudonyms and derived
// keys, AES-256-GCM for sealed names, RAND_bytes for keys and nonces. Each
// call makes its own OpenSSL context, so a const Pseudonymizer can be
// shared between threads.
//
// The key file is handled with POSIX calls rather than std::filesystem so
// that its mode is set at creation (O_CREAT|O_EXCL with 0600, then fchmod
// against a permissive umask) and checked on the open descriptor.
#include "src/resolve/pseudonym.h"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace tally::resolve {
namespace {

constexpr size_t kNonceBytes = 12;
constexpr size_t kTagBytes = 16;
constexpr size_t kMaxSealedBytes = size_t{1} << 30;
constexpr std::string_view kSealLabel = "TALLY SEAL KEY V1";
constexpr std::string_view kKeyIdLabel = "TALLY KEY ID V1";
// Bound to every sealed box, so a box from another use of the key (or a
// later format) does not open as a name.
constexpr std::string_view kSealAad = "tally sealed name v1";

using Digest = std::array<uint8_t, 32>;

Digest Hmac(const std::array<uint8_t, 32>& key, std::string_view data) {
  Digest out{};
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(),
       out.data(), &len);
  return out;
}

std::string Hex(const uint8_t* bytes, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (size_t i = 0; i < n; ++i) {
    out.push_back(kDigits[bytes[i] >> 4]);
    out.push_back(kDigits[bytes[i] & 15]);
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view TrimSpace(std::string_view s) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// 64 hex digits -> 32 bytes; false for anything else.
bool ParseKey(std::string_view hex, std::array<uint8_t, 32>* key) {
  hex = TrimSpace(hex);
  if (hex.size() != 64) return false;
  for (size_t i = 0; i < 32; ++i) {
    const int hi = HexValue(hex[2 * i]), lo = HexValue(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    (*key)[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return true;
}

std::string Getenv(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

std::string Errno(const std::string& path, const char* what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

// The key file's path when options name none; "" when no path can be made.
std::string DefaultKeyFile() {
  if (std::string f = Getenv("TALLY_KEY_FILE"); !f.empty()) return f;
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (std::string xdg = Getenv("XDG_CONFIG_HOME");
      !xdg.empty() && xdg[0] == '/') {
    return xdg + "/tally/key";
  }
  if (std::string home = Getenv("HOME"); !home.empty()) {
    return home + "/.config/tally/key";
  }
  return "";
}

// Creates the folders of `path` that are missing, each with mode 0700.
// Folders that exist are left as they are.
Status MakeParents(const std::string& path) {
  for (size_t slash = path.find('/', 1); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    const std::string dir = path.substr(0, slash);
    if (::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) continue;
    // Some systems answer EACCES for a folder that exists but is not ours.
    const int error = errno;
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
    errno = error;
    return Status::IOError(Errno(dir, "cannot create folder"));
  }
  return Status::Ok();
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

Status ReadKeyFile(const std::string& path, int fd,
                   std::array<uint8_t, 32>* key) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IOError(Errno(path, "cannot stat"));
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidArgument(path +
                                   ": the key file is not a regular file");
  }
  if ((st.st_mode & 077) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof(mode), "%04o",
                  static_cast<unsigned>(st.st_mode & 07777));
    return Status::PermissionDenied(
        path + ": the key file is open to group or others (mode " + mode +
        "); run: chmod 600 " + path);
  }
  char buf[256];
  std::string content;
  while (content.size() <= 128) {
    const ssize_t n = ::read(fd, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IOError(Errno(path, "cannot read"));
    if (n == 0) break;
    content.append(buf, static_cast<size_t>(n));
  }
  const bool ok = ParseKey(content, key);
  OPENSSL_cleanse(content.data(), content.size());
  OPENSSL_cleanse(buf, sizeof(buf));
  if (!ok)
    return Status::Corruption(path +
                              ": not a tally key (expected 64 hex digits)");
  return Status::Ok();
}

// Writes a new random key to `path`, which must not exist yet. Sets
// *exists when another process created it first.
Status CreateKeyFile(const std::string& path, std::array<uint8_t, 32>* key,
                     bool* exists) {
  *exists = false;
  Status s = MakeParents(path);
  if (!s.ok()) return s;
  if (RAND_bytes(key->data(), static_cast<int>(key->size())) != 1) {
    return Status::Internal("RAND_bytes failed: no random key could be made");
  }
  Fd file;
  file.fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (file.fd < 0 && errno == EEXIST) {
    *exists = true;
    return Status::Ok();
  }
  if (file.fd < 0)
    return Status::IOError(Errno(path, "cannot create the key file"));
  if (::fchmod(file.fd, 0600) != 0)
    return Status::IOError(Errno(path, "cannot chmod"));
  std::string hex = Hex(key->data(), key->size()) + "\n";
  const ssize_t n = ::write(file.fd, hex.data(), hex.size());
  OPENSSL_cleanse(hex.data(), hex.size());
  if (n != static_cast<ssize_t>(65) || ::fsync(file.fd) != 0) {
    ::unlink(path.c_str());
    return Status::IOError(Errno(path, "cannot write the key file"));
  }
  return Status::Ok();
}

Status LoadKeyFile(const std::string& path, std::array<uint8_t, 32>* key) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    Fd file;
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.fd >= 0) return ReadKeyFile(path, file.fd, key);
    if (errno == EACCES) {
      return Status::PermissionDenied(Errno(path, "cannot open the key file"));
    }
    if (errno != ENOENT)
      return Status::IOError(Errno(path, "cannot open the key file"));
    bool exists = false;
    Status s = CreateKeyFile(path, key, &exists);
    if (!s.ok() || !exists) return s;
    // Created by someone else in the meantime: read theirs.
  }
  return Status::IOError(path + ": the key file keeps disappearing");
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
         c == 0x02B9 || c == 0x0060 || c == 0x00B4 || c == 0x2032 ||
         c == 0xFF07;
}

}  // namespace

Pseudonymizer::Pseudonymizer(const Key& key)
    : key_(key), seal_key_(Hmac(key, kSealLabel)) {}

Pseudonymizer::~Pseudonymizer() {
  OPENSSL_cleanse(key_.data(), key_.size());
  OPENSSL_cleanse(seal_key_.data(), seal_key_.size());
}

Result<Pseudonymizer> Pseudonymizer::FromKeyHex(std::string_view hex) {
  Key key{};
  if (!ParseKey(hex, &key)) {
    return Status::InvalidArgument("a tally key is 64 hex digits");
  }
  Pseudonymizer p(key);
  OPENSSL_cleanse(key.data(), key.size());
  return p;
}

Result<Pseudonymizer> Pseudonymizer::LoadOrCreate(
    const PseudonymOptions& options) {
  if (!options.key_hex.empty()) return FromKeyHex(options.key_hex);
  if (options.key_file.empty()) {
    if (std::string env = Getenv("TALLY_KEY"); !env.empty()) {
      Result<Pseudonymizer> p = FromKeyHex(env);
      OPENSSL_cleanse(env.data(), env.size());
      if (!p.ok()) return p.status().WithContext("$TALLY_KEY");
      return p;
    }
  }
  const std::string path =
      options.key_file.empty() ? DefaultKeyFile() : options.key_file;
  if (path.empty()) {
    return Status::NotFound(
        "no key file: set TALLY_KEY_FILE, XDG_CONFIG_HOME or HOME");
  }
  Key key{};
  Status s = LoadKeyFile(path, &key);
  if (!s.ok()) return s;
  Pseudonymizer p(key);
  OPENSSL_cleanse(key.data(), key.size());
  return p;
}

std::string Pseudonymizer::Pseudonym(std::string_view name) const {
  const Digest d = Hmac(key_, NormalizeName(name));
  return "person-" + Hex(d.data(), 6);
}

std::string Pseudonymizer::KeyId() const {
  const Digest d = Hmac(key_, kKeyIdLabel);
  return Hex(d.data(), 4);
}

std::string Pseudonymizer::Seal(std::string_view name) const {
  // OpenSSL counts bytes in int.
  if (name.size() > kMaxSealedBytes) return "";
  std::string out(kNonceBytes + kTagBytes + name.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  auto* tag = nonce + kNonceBytes;
  auto* body = tag + kTagBytes;
  if (RAND_bytes(nonce, kNonceBytes) != 1) return "";
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(
      EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  const bool ok =
      ctx != nullptr &&
      EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr,
                         nullptr) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes,
                          nullptr) == 1 &&
      EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, seal_key_.data(),
                         nonce) == 1 &&
      EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                        reinterpret_cast<const unsigned char*>(kSealAad.data()),
                        static_cast<int>(kSealAad.size())) == 1 &&
      EVP_EncryptUpdate(ctx.get(), body, &len,
                        reinterpret_cast<const unsigned char*>(name.data()),
                        static_cast<int>(name.size())) == 1 &&
      EVP_EncryptFinal_ex(ctx.get(), body + len, &len) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1;
  return ok ? out : "";
}

Result<std::string> Pseudonymizer::Open(std::string_view sealed) const {
  if (sealed.size() > kMaxSealedBytes) {
    return Status::Corruption("sealed name: too long");
  }
  if (sealed.size() < kNonceBytes + kTagBytes) {
    return Status::Corruption("sealed name: too short");
  }
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  const auto* tag = nonce + kNonceBytes;
  const auto* body = tag + kTagBytes;
  const size_t body_size = sealed.size() - kNonceBytes - kTagBytes;
  std::string out(body_size, '\0');
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(
      EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  const bool ok =
      ctx != nullptr &&
      EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr,
                         nullptr) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes,
                          nullptr) == 1 &&
      EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, seal_key_.data(),
                         nonce) == 1 &&
      EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                        reinterpret_cast<const unsigned char*>(kSealAad.data()),
                        static_cast<int>(kSealAad.size())) == 1 &&
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()),
                        &len, body, static_cast<int>(body_size)) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes,
                          const_cast<unsigned char*>(tag)) == 1 &&
      EVP_DecryptFinal_ex(ctx.get(),
                          reinterpret_cast<unsigned char*>(out.data()) + len,
                          &len) == 1;
  if (!ok) {
    OPENSSL_cleanse(out.data(), out.size());
    return Status::Corruption(
        "sealed name: damaged, or sealed under another key");
  }
  return out;
}

std::string NormalizeName(std::string_view utf8_name) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(err);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(
      utf8_name.data(), static_cast<int32_t>(utf8_name.size())));
  icu::UnicodeString folded =
      U_SUCCESS(err) ? nfkc_cf->normalize(in, err) : in.foldCase();
  if (U_FAILURE(err)) folded = in.foldCase();

  // Apostrophes as "'", whitespace runs as one space, trimmed.
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(IsApostrophe(c) ? static_cast<UChar32>('\'') : c);
  }
  // A trailing possessive: "petrov's" is "petrov".
  const int32_t n = out.length();
  if (n >= 3 && out.charAt(n - 1) == u's' && out.charAt(n - 2) == u'\'' &&
      u_isalpha(out.char32At(n - 3))) {
    out.truncate(n - 2);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace tally::resolve
