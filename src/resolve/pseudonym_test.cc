#include "src/resolve/pseudonym.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "tests/test_util.h"

namespace tally::resolve {
namespace {

using ::tally::testing::ReadFileOrDie;
using ::tally::testing::ScratchDir;
using ::tally::testing::WriteFile;

constexpr char kKeyA[] =
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
constexpr char kKeyB[] =
    "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

Pseudonymizer FromHex(const char* hex) {
  Result<Pseudonymizer> p = Pseudonymizer::FromKeyHex(hex);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return std::move(*p);
}

PseudonymOptions KeyFile(const std::string& path) {
  PseudonymOptions options;
  options.key_file = path;
  return options;
}

unsigned Mode(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

// Sets environment variables for one test and puts them back after it.
class ScopedEnv {
 public:
  void Set(const char* name, const std::string& value) {
    Save(name);
    ::setenv(name, value.c_str(), 1);
  }
  void Unset(const char* name) {
    Save(name);
    ::unsetenv(name);
  }
  ~ScopedEnv() {
    for (auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
  }

 private:
  void Save(const char* name) {
    const char* v = std::getenv(name);
    saved_.emplace_back(name, v ? std::optional<std::string>(v) : std::nullopt);
  }
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

TEST(NormalizeName, FoldsCaseSpacingApostrophesAndPossessives) {
  EXPECT_EQ(NormalizeName("  Ivan \t  PETROV\n"), "ivan petrov");
  EXPECT_EQ(NormalizeName("Ivan\u00A0Petrov"), "ivan petrov");
  EXPECT_EQ(NormalizeName("O\u2019Brien"), "o'brien");
  EXPECT_EQ(NormalizeName("O\u02BCBrien\u2019s"), "o'brien");
  EXPECT_EQ(NormalizeName("Ivan Petrov's"), "ivan petrov");
  EXPECT_EQ(NormalizeName("\uFF29van"), "ivan");   // fullwidth I (NFKC)
  EXPECT_EQ(NormalizeName("Iv\u00ADan"), "ivan");  // soft hyphen dropped
  EXPECT_EQ(NormalizeName("\u0418\u0412\u0410\u041D"),
            "\u0438\u0432\u0430\u043D");  // Cyrillic capitals
  EXPECT_EQ(NormalizeName("'s"), "'s");
  EXPECT_EQ(NormalizeName("Ivans"), "ivans");
  EXPECT_EQ(NormalizeName(""), "");
}

TEST(Pseudonymizer, GivesTheSamePseudonymForOneName) {
  const Pseudonymizer p = FromHex(kKeyA);
  const std::string id = p.Pseudonym("Ivan Petrov");
  // HMAC-SHA256(key, "ivan petrov"), first 12 hex digits.
  EXPECT_EQ(id, "person-cf227f031ea7");
  EXPECT_EQ(p.Pseudonym("  IVAN   petrov "), id);
  EXPECT_EQ(p.Pseudonym("Ivan Petrov\u2019s"), id);
  EXPECT_NE(p.Pseudonym("Ivan Petrova"), id);
}

TEST(Pseudonymizer, DiffersBetweenKeys) {
  const Pseudonymizer a = FromHex(kKeyA);
  const Pseudonymizer b = FromHex(kKeyB);
  EXPECT_NE(a.Pseudonym("Ivan Petrov"), b.Pseudonym("Ivan Petrov"));
  EXPECT_NE(a.KeyId(), b.KeyId());
  EXPECT_EQ(a.KeyId(), "6fb6f133");
  EXPECT_EQ(a.KeyId(), FromHex(kKeyA).KeyId());
}

TEST(Pseudonymizer, AcceptsOnlyAKeyOf64HexDigits) {
  EXPECT_TRUE(Pseudonymizer::FromKeyHex(std::string(kKeyB) + "\n").ok());
  Result<Pseudonymizer> upper = Pseudonymizer::FromKeyHex(
      "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
  ASSERT_TRUE(upper.ok());
  EXPECT_EQ(upper->Pseudonym("x"), FromHex(kKeyA).Pseudonym("x"));
  EXPECT_EQ(Pseudonymizer::FromKeyHex("abc").status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(Pseudonymizer::FromKeyHex(std::string(64, 'g')).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(
      Pseudonymizer::FromKeyHex(std::string(kKeyA) + "00").status().code(),
      StatusCode::kInvalidArgument);
}

TEST(Pseudonymizer, SealsAndOpens) {
  const Pseudonymizer p = FromHex(kKeyA);
  const std::string name = "\u041E\u043B\u044C\u0433\u0430 Petrova";
  const std::string sealed = p.Seal(name);
  ASSERT_EQ(sealed.size(), 12 + 16 + name.size());
  EXPECT_EQ(sealed.find("Petrova"), std::string::npos);
  EXPECT_NE(p.Seal(name), sealed);  // a fresh nonce each time
  Result<std::string> opened = p.Open(sealed);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  EXPECT_EQ(*opened, name);
  Result<std::string> empty = p.Open(p.Seal(""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST(Pseudonymizer, RefusesTamperedOrForeignSealedData) {
  const Pseudonymizer p = FromHex(kKeyA);
  const std::string sealed = p.Seal("Ivan Petrov");
  for (size_t i = 0; i < sealed.size(); ++i) {
    std::string bad = sealed;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    EXPECT_EQ(p.Open(bad).status().code(), StatusCode::kCorruption)
        << "byte " << i;
  }
  EXPECT_EQ(p.Open(sealed.substr(0, sealed.size() - 1)).status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(p.Open(sealed.substr(0, 20)).status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(p.Open("").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(FromHex(kKeyB).Open(sealed).status().code(),
            StatusCode::kCorruption);
}

TEST(Pseudonymizer, IsSafeToShareBetweenThreads) {
  const Pseudonymizer p = FromHex(kKeyA);
  const std::string expected = p.Pseudonym("Ivan Petrov");
  std::vector<std::thread> threads;
  std::vector<int> good(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        Result<std::string> back = p.Open(p.Seal("Ivan Petrov"));
        good[t] += back.ok() && *back == "Ivan Petrov" &&
                   p.Pseudonym("IVAN PETROV") == expected;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(good, std::vector<int>(4, 200));
}

TEST(Pseudonymizer, CreatesTheKeyFileOwnerOnly) {
  ScratchDir dir;
  const std::string path = dir.Path("config/tally/key");
  Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate(KeyFile(path));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(Mode(path), 0600u);
  EXPECT_EQ(Mode(dir.Path("config/tally")), 0700u);
  EXPECT_EQ(Mode(dir.Path("config")), 0700u);
  const std::string hex = ReadFileOrDie(path);
  ASSERT_EQ(hex.size(), 65u);
  EXPECT_EQ(hex.back(), '\n');
  // The key read back is the one written, and a second load reads it.
  EXPECT_EQ(FromHex(hex.c_str()).Pseudonym("x"), p->Pseudonym("x"));
  Result<Pseudonymizer> again = Pseudonymizer::LoadOrCreate(KeyFile(path));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->KeyId(), p->KeyId());
}

TEST(Pseudonymizer, RefusesAKeyFileOthersCanRead) {
  ScratchDir dir;
  const std::string path = dir.Path("key");
  WriteFile(path, std::string(kKeyA) + "\n");
  ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
  Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate(KeyFile(path));
  EXPECT_EQ(p.status().code(), StatusCode::kPermissionDenied);
  EXPECT_NE(p.status().message().find(path), std::string::npos);
  EXPECT_NE(p.status().message().find("chmod 600 " + path), std::string::npos);
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  p = Pseudonymizer::LoadOrCreate(KeyFile(path));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->KeyId(), FromHex(kKeyA).KeyId());
}

TEST(Pseudonymizer, NamesAMalformedKeyFile) {
  ScratchDir dir;
  const std::string path = dir.Path("key");
  WriteFile(path, "not a key\n");
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate(KeyFile(path));
  EXPECT_EQ(p.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(p.status().message(),
            path + ": not a tally key (expected 64 hex digits)");
  WriteFile(path, std::string(kKeyA).substr(0, 63) + "\n");
  EXPECT_EQ(Pseudonymizer::LoadOrCreate(KeyFile(path)).status().code(),
            StatusCode::kCorruption);
}

TEST(Pseudonymizer, TakesTheKeyHexBeforeAnyFile) {
  ScratchDir dir;
  const std::string path = dir.Path("sub/key");
  PseudonymOptions options = KeyFile(path);
  options.key_hex = kKeyB;
  Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate(options);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->KeyId(), FromHex(kKeyB).KeyId());
  struct stat st {};
  EXPECT_NE(::stat(path.c_str(), &st), 0);  // no file was made
  options.key_hex = "12";
  EXPECT_EQ(Pseudonymizer::LoadOrCreate(options).status().code(),
            StatusCode::kInvalidArgument);
}

TEST(Pseudonymizer, FollowsTheEnvironment) {
  ScratchDir dir;
  ScopedEnv env;
  // Never the real home: every variable points into the scratch folder.
  env.Set("HOME", dir.Path("home"));
  env.Unset("TALLY_KEY_FILE");
  env.Unset("XDG_CONFIG_HOME");
  env.Set("TALLY_KEY", kKeyB);
  Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate({});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->KeyId(), FromHex(kKeyB).KeyId());
  env.Set("TALLY_KEY", "zz");
  EXPECT_EQ(Pseudonymizer::LoadOrCreate({}).status().code(),
            StatusCode::kInvalidArgument);

  env.Unset("TALLY_KEY");
  ASSERT_TRUE(Pseudonymizer::LoadOrCreate({}).ok());
  EXPECT_EQ(Mode(dir.Path("home/.config/tally/key")), 0600u);

  env.Set("XDG_CONFIG_HOME", dir.Path("xdg"));
  ASSERT_TRUE(Pseudonymizer::LoadOrCreate({}).ok());
  EXPECT_EQ(Mode(dir.Path("xdg/tally/key")), 0600u);

  env.Set("TALLY_KEY_FILE", dir.Path("file/key"));
  ASSERT_TRUE(Pseudonymizer::LoadOrCreate({}).ok());
  EXPECT_EQ(Mode(dir.Path("file/key")), 0600u);

  env.Unset("TALLY_KEY_FILE");
  env.Unset("XDG_CONFIG_HOME");
  env.Unset("HOME");
  EXPECT_EQ(Pseudonymizer::LoadOrCreate({}).status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace tally::resolve
