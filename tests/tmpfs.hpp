// A small tmpfs mounted for one test, to make a full disk or a read-only folder that even root
// cannot write. Where the test may not mount (no root, no CAP_SYS_ADMIN) mounted() is false
// and the test says it was skipped.
#pragma once

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "skip.hpp"

#include <sys/mount.h>
#include <sys/statvfs.h>

namespace ramkoll::test {

class Tmpfs {
public:
    // Mounts a tmpfs of `size` ("512k", "16m") on the existing folder `where`.
    Tmpfs(const std::filesystem::path& where, const std::string& size) : where_(where) {
        mounted_ = ::mount("tmpfs", where.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
        if (!mounted_) error_ = std::strerror(errno);
    }
    ~Tmpfs() {
        if (mounted_) ::umount2(where_.c_str(), MNT_DETACH);
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;

    bool mounted() const { return mounted_; }
    const std::string& error() const { return error_; }   // why mounting failed
    bool remount_read_only() { return remount(MS_RDONLY); }
    bool remount_writable() { return remount(0); }

    // Bytes still free.
    std::uintmax_t free_bytes() const {
        struct statvfs s {};
        ::statvfs(where_.c_str(), &s);
        return static_cast<std::uintmax_t>(s.f_bavail) * s.f_frsize;
    }

    // Writes `file` (inside the tmpfs) until at most `left` bytes are free.
    void fill(const std::filesystem::path& file, std::uintmax_t left) const {
        std::ofstream filler(file, std::ios::binary | std::ios::app);
        const std::string block(4096, 'x');
        while (free_bytes() > left) {
            const auto n = std::min<std::uintmax_t>(block.size(), free_bytes() - left);
            if (!filler.write(block.data(), static_cast<std::streamsize>(n)) || !filler.flush()) break;
        }
    }

private:
    bool remount(unsigned long flags) {
        return ::mount("tmpfs", where_.c_str(), "tmpfs", MS_REMOUNT | flags, nullptr) == 0;
    }

    std::filesystem::path where_;
    bool mounted_ = false;
    std::string error_;
};

}  // namespace ramkoll::test
