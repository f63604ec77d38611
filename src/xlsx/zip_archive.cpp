// libzip behind ZipArchive: file sniffing, read-only open, and capped streaming inflate
// (ISA-L for deflated entries, libzip for the rest).
#include "xlsx/zip_archive.hpp"

#include "xlsx/error.hpp"
#include "xlsx/isal_inflater.hpp"
#include "xlsx/read_ahead_source.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <fstream>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace ramkoll::xlsx {
namespace {

constexpr std::array<unsigned char, 8> ole_signature{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

// A part name as the package means it: a backslash read as '/' (some .NET tools name
// entries like xl<backslash>workbook.xml, and Excel opens such files), no leading '/'.
std::string part_name(std::string_view name) {
    std::string out(name);
    std::replace(out.begin(), out.end(), '\\', '/');
    const auto first = out.find_first_not_of('/');
    out.erase(0, first == std::string::npos ? out.size() : first);
    return out;
}

// The key a part is found by: its name in ASCII lower case (ECMA-376 Part 2, 6.2.2.3: part
// names are equivalent by ASCII case-insensitive matching).
std::string part_key(std::string_view name) {
    std::string key = part_name(name);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

// An OLE compound file is either an .xls or an encrypted OOXML package: the latter
// carries streams named EncryptionInfo and EncryptedPackage (names are UTF-16LE).
bool ole_has_stream(std::ifstream& in, std::string_view ascii_name) {
    std::string pattern;
    for (char c : ascii_name) {
        pattern.push_back(c);
        pattern.push_back('\0');
    }
    in.clear();
    in.seekg(0);
    std::string chunk(1 << 20, '\0');
    std::string carry;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0) break;
        std::string window = carry + chunk.substr(0, n);
        if (window.find(pattern) != std::string::npos) return true;
        carry = window.substr(window.size() > pattern.size() ? window.size() - pattern.size() : 0);
    }
    return false;
}

// A file name a table saved as text goes by: .csv, .tsv, .txt (any case).
bool text_table_name(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

// Reads the first bytes and refuses whatever is not a zip, with a reason.
void sniff(const std::filesystem::path& path, const std::string& name, const ReadLimits& limits) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw Error(ErrorKind::folder, name, "", "");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) throw Error(ErrorKind::io, name, "", ec.value());
    if (size > limits.max_file_bytes)
        throw Error(ErrorKind::limit_exceeded, name, "",
                    "file size " + std::to_string(size) + " > " + std::to_string(limits.max_file_bytes) + " bytes (--max-file-size)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::io, name, "", errno);
    std::array<unsigned char, 8> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == head.size() && head == ole_signature) {
        if (ole_has_stream(in, "EncryptionInfo") || ole_has_stream(in, "EncryptedPackage"))
            throw Error(ErrorKind::encrypted, name, "", "OLE: EncryptionInfo");
        throw Error(ErrorKind::legacy_xls, name, "", "OLE signature D0 CF 11 E0");
    }
    if (got >= 4 && head[0] == 'P' && head[1] == 'K' &&
        ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
        return;
    // A .csv, .tsv or .txt that is not a zip is text, whatever it holds: named so, with how to fix it.
    if (text_table_name(path)) throw Error(ErrorKind::text_table, name, "", got == 0 ? "empty file" : "");
    if (got == 0) throw Error(ErrorKind::not_a_zip, name, "", "empty file");
    const std::string_view start(reinterpret_cast<const char*>(head.data()), got);
    if (start.starts_with("<") || start.starts_with("\xEF\xBB\xBF<"))
        throw Error(ErrorKind::not_a_zip, name, "", "XML/HTML text");
    throw Error(ErrorKind::not_a_zip, name, "", "");
}

std::string zip_error_text(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// Streams one entry, counting inflated bytes against the limits. A deflated entry is read
// compressed and inflated by ISA-L (CRC-32 checked at its end); any other is left to libzip.
class EntrySource final : public ByteSource {
public:
    EntrySource(zip_file_t* file, std::string name, std::string archive_name, std::uint64_t declared,
                std::uint64_t compressed, const ReadLimits& limits, std::uint64_t& archive_total,
                std::mutex& archive_mutex, std::optional<std::uint32_t> isal_crc)
        : file_(file), name_(std::move(name)), archive_(std::move(archive_name)), declared_(declared),
          compressed_(compressed), limits_(limits), total_(archive_total), mutex_(archive_mutex) {
        if (isal_crc) {
            crc_ = *isal_crc;
            inflater_.emplace([this](char* buffer, std::size_t size) { return read_compressed(buffer, size); });
        }
    }
    ~EntrySource() override {
        std::lock_guard lock(mutex_);
        zip_fclose(file_);
    }
    EntrySource(const EntrySource&) = delete;
    EntrySource& operator=(const EntrySource&) = delete;

    std::size_t read(char* buffer, std::size_t size) override {
        if (inflater_) {
            std::size_t got = 0;
            try {
                got = inflater_->read(buffer, size);   // outside the lock: only reading takes it
            } catch (const Error&) {
                throw;
            } catch (const std::runtime_error& e) {
                throw Error(ErrorKind::corrupt_zip, archive_, name_, e.what());
            }
            std::lock_guard lock(mutex_);
            count(got);
            if (got == 0 && inflater_->crc() != crc_)
                throw Error(ErrorKind::corrupt_zip, archive_, name_, "CRC error");
            return got;
        }
        // libzip is not thread-safe per archive: one entry may be inflated on a read-ahead thread.
        std::lock_guard lock(mutex_);
        const zip_int64_t n = zip_fread(file_, buffer, size);
        if (n < 0) {
            const zip_error_t* error = zip_file_get_error(file_);
            throw Error(ErrorKind::corrupt_zip, archive_, name_, zip_error_strerror(const_cast<zip_error_t*>(error)));
        }
        count(static_cast<std::uint64_t>(n));
        return static_cast<std::size_t>(n);
    }

private:
    std::size_t read_compressed(char* buffer, std::size_t size) {
        std::lock_guard lock(mutex_);
        const zip_int64_t n = zip_fread(file_, buffer, size);
        if (n < 0) {
            const zip_error_t* error = zip_file_get_error(file_);
            throw Error(ErrorKind::corrupt_zip, archive_, name_, zip_error_strerror(const_cast<zip_error_t*>(error)));
        }
        return static_cast<std::size_t>(n);
    }

    // Counts `got` inflated bytes (0 at the end) against the declared size and the limits.
    void count(std::uint64_t got) {
        read_ += got;
        total_ += got;
        // An entry that inflates past the size its header declares is corrupt (or a bomb
        // that lies about its size): refuse as soon as it happens, not at the end.
        if (read_ > declared_)
            throw Error(ErrorKind::corrupt_zip, archive_, name_,
                        "inflates past its declared " + std::to_string(declared_) + " bytes");
        if (got == 0 && read_ != declared_)
            throw Error(ErrorKind::corrupt_zip, archive_, name_,
                        "inflated " + std::to_string(read_) + " of " + std::to_string(declared_) + " bytes");
        if (read_ > limits_.max_part_bytes)
            throw Error(ErrorKind::limit_exceeded, archive_, name_,
                        "inflated size > " + std::to_string(limits_.max_part_bytes) + " bytes");
        if (total_ > limits_.max_total_bytes)
            throw Error(ErrorKind::limit_exceeded, archive_, name_,
                        "total inflated size > " + std::to_string(limits_.max_total_bytes) + " bytes (--max-total-size)");
        if (read_ > limits_.ratio_floor_bytes && read_ > limits_.max_ratio * std::max<std::uint64_t>(compressed_, 1))
            throw Error(ErrorKind::limit_exceeded, archive_, name_,
                        "compression ratio > " + std::to_string(limits_.max_ratio) + ":1 (--max-ratio)");
    }

private:
    zip_file_t* file_;
    std::string name_, archive_;
    std::uint64_t declared_, compressed_;
    const ReadLimits& limits_;
    std::uint64_t& total_;
    std::mutex& mutex_;
    std::uint64_t read_ = 0;
    std::uint32_t crc_ = 0;
    std::optional<IsalInflater> inflater_;
};

// OpenDocument's first entry: the package's media type, stored uncompressed.
constexpr std::string_view opendocument_media_type = "application/vnd.oasis.opendocument.";
constexpr std::size_t mimetype_max_bytes = 128;

}  // namespace

struct ZipArchive::Impl {
    zip_t* zip = nullptr;
    ReadLimits limits;
    std::uint64_t total_inflated = 0;
    std::mutex mutex;   // guards `zip` and `total_inflated` against a read-ahead thread
    std::vector<std::string> names;                            // entry names, as part_name() gives them
    std::unordered_map<std::string, zip_uint64_t> index;       // part_key() -> entry; the first of equal keys
    ~Impl() {
        if (zip) zip_discard(zip);   // read-only: nothing is ever written back
    }
};

ZipArchive::ZipArchive(const std::filesystem::path& path, const ReadLimits& limits)
    : impl_(std::make_unique<Impl>()), display_name_(path.filename().string()) {
    impl_->limits = limits;
    sniff(path, display_name_, limits);
    int code = 0;
    impl_->zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!impl_->zip) {
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_MEMORY)
            throw Error(ErrorKind::io, display_name_, "", zip_error_text(code));
        throw Error(ErrorKind::corrupt_zip, display_name_, "", zip_error_text(code));
    }
    const zip_int64_t n = zip_get_num_entries(impl_->zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(impl_->zip, static_cast<zip_uint64_t>(i), 0);
        if (name == nullptr) continue;
        impl_->names.push_back(part_name(name));
        impl_->index.emplace(part_key(name), static_cast<zip_uint64_t>(i));
    }
    refuse_other_packages();
}

// A zip that is another kind of package than xlsx, named for what it is: an OpenDocument file
// (a `mimetype` entry naming an OpenDocument type) or a binary workbook (xl/workbook.bin).
void ZipArchive::refuse_other_packages() {
    if (contains("mimetype")) {
        std::string type(mimetype_max_bytes, '\0');
        auto entry = open_entry("mimetype");
        std::size_t got = 0;
        while (got < type.size()) {
            const std::size_t n = entry->read(type.data() + got, type.size() - got);
            if (n == 0) break;
            got += n;
        }
        type.resize(got);
        while (!type.empty() && (type.back() == '\n' || type.back() == '\r' || type.back() == ' ')) type.pop_back();
        if (type.starts_with(opendocument_media_type)) {
            if (type.find(".spreadsheet") != std::string::npos) throw Error(ErrorKind::opendocument, display_name_, "mimetype", type);
            throw Error(ErrorKind::not_a_zip, display_name_, "mimetype", "OpenDocument " + type);
        }
    }
    if (contains("xl/workbook.bin") && !contains("xl/workbook.xml"))
        throw Error(ErrorKind::binary_xlsb, display_name_, "xl/workbook.bin", "");
}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::contains(std::string_view name) const { return impl_->index.contains(part_key(name)); }

std::unique_ptr<ByteSource> ZipArchive::open_entry(std::string_view name, bool read_ahead) {
    const std::string key = part_name(name);
    const auto found = impl_->index.find(part_key(key));
    if (found == impl_->index.end()) throw Error(ErrorKind::missing_part, display_name_, key, "");
    const zip_uint64_t index = found->second;
    std::unique_lock lock(impl_->mutex);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(impl_->zip, index, 0, &st) != 0)
        throw Error(ErrorKind::corrupt_zip, display_name_, key, zip_strerror(impl_->zip));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw Error(ErrorKind::encrypted, display_name_, key, "zip encryption");
    const auto& limits = impl_->limits;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits.max_part_bytes)
        throw Error(ErrorKind::limit_exceeded, display_name_, key,
                    "inflated size " + std::to_string(st.size) + " > " + std::to_string(limits.max_part_bytes) + " bytes");
    if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > limits.ratio_floor_bytes &&
        st.size > limits.max_ratio * std::max<std::uint64_t>(st.comp_size, 1))
        throw Error(ErrorKind::limit_exceeded, display_name_, key,
                    "compression ratio " + std::to_string(st.size / std::max<std::uint64_t>(st.comp_size, 1)) +
                        ":1 > " + std::to_string(limits.max_ratio) + ":1 (--max-ratio)");
    // Deflate (what every xlsx writer uses) is inflated by ISA-L from the compressed bytes.
    const bool deflated = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_DEFLATE &&
                          (st.valid & ZIP_STAT_CRC) && (st.valid & ZIP_STAT_SIZE);
    zip_file_t* file = zip_fopen_index(impl_->zip, index, deflated ? ZIP_FL_COMPRESSED : 0);
    if (!file) throw Error(ErrorKind::corrupt_zip, display_name_, key, zip_strerror(impl_->zip));
    auto entry = std::make_unique<EntrySource>(file, key, display_name_, st.size, st.comp_size, limits,
                                               impl_->total_inflated, impl_->mutex,
                                               deflated ? std::optional(st.crc) : std::nullopt);
    lock.unlock();
    if (read_ahead && st.size >= read_ahead_min_bytes) return std::make_unique<ReadAheadSource>(std::move(entry));
    return entry;
}

const std::vector<std::string>& ZipArchive::entry_names() const { return impl_->names; }

}  // namespace ramkoll::xlsx
