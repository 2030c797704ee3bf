package validation

import "strings"

// StorageLocationRule is the name of the rule that checks a packet capture's
// storage location.
const StorageLocationRule = "storageLocation"

// StorageLocationDoc documents the storageLocation rule.
const StorageLocationDoc = `A packet capture storage location names a storage account or a local *.cap file, each well formed.
Applies to PacketCaptureStorageLocation, with the properties storageId, storagePath and filePath. From the spec:
storageId: "The ID of the storage account to save the packet capture session. Required if no local file path is provided."
storagePath: "The URI of the storage path to save the packet capture. Must be a well-formed URI describing the location to save the packet capture."
filePath: "A valid local path on the targeting VM. Must include the name of the capture file (*.cap). For linux virtual
machine it must start with /var/captures. Required if no storage ID is provided, otherwise optional."
So: storageId is required when filePath is absent or empty (reported at storageId); filePath, when set, is an absolute
path whose file name ends in ".cap" (any case) after a non-empty name: a Linux path (starting with "/") lies under
/var/captures/ with no ".." segment, a Windows path starts with a drive such as D:\ and holds none of <>:"|?*;
storagePath, when set, is an absolute URI with a host, such as https://account.blob.core.windows.net/capture/pc1.cap.
That storageId is a storage account's ID is the armResourceID rule's job.`

// linuxCaptureDir is where a packet capture's file must lie on a Linux VM.
const linuxCaptureDir = "/var/captures"

// StorageLocation reports the problems of a packet capture storage location
// (see StorageLocationDoc), each at the path of the property at fault. p is
// the path of the PacketCaptureStorageLocation object. Absent values pass,
// except that storageId and filePath cannot both be absent.
func StorageLocation(errs *Errors, p Path, storageID, storagePath, filePath *string) {
	if (storageID == nil || *storageID == "") && (filePath == nil || *filePath == "") {
		q := p.Field("storageId")
		errs.add(&q, StorageLocationRule, "is required when filePath is not set", nil)
	}
	if storagePath != nil {
		host, msg := checkURI(*storagePath)
		if msg == "" && host == "" {
			msg = "must be an absolute URI with a host, such as https://account.blob.core.windows.net/container/file.cap"
		}
		if msg != "" {
			q := p.Field("storagePath")
			errs.add(&q, StorageLocationRule, msg, *storagePath)
		}
	}
	if filePath != nil && *filePath != "" {
		if msg := checkCaptureFilePath(*filePath); msg != "" {
			q := p.Field("filePath")
			errs.add(&q, StorageLocationRule, msg, *filePath)
		}
	}
}

// checkCaptureFilePath checks the local path of a capture file.
func checkCaptureFilePath(s string) string {
	var dir, name string
	switch {
	case s[0] == '/':
		i := strings.LastIndexByte(s, '/')
		dir, name = s[:i], s[i+1:]
		if msg := checkUnderCaptureDir(dir); msg != "" {
			return msg
		}
	case len(s) >= 3 && isLetter(s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/'):
		if strings.ContainsAny(s[2:], `<>:"|?*`) || strings.ContainsFunc(s, isControl) {
			return `must be a Windows path without any of the characters <>:"|?*`
		}
		i := strings.LastIndexAny(s, `\/`)
		name = s[i+1:]
	default:
		return `must be an absolute path: under /var/captures on Linux, or with a drive such as D:\capture\pc1.cap on Windows`
	}
	if len(name) <= len(".cap") || !strings.EqualFold(name[len(name)-len(".cap"):], ".cap") {
		return "must name a capture file, such as pc1.cap: the file name must end in .cap"
	}
	return ""
}

// checkUnderCaptureDir checks that the Linux directory dir is /var/captures or
// lies under it.
func checkUnderCaptureDir(dir string) string {
	const msg = "must be under /var/captures on a Linux VM"
	want := linuxCaptureDir[1:]
	for rest := strings.TrimPrefix(dir, "/"); ; {
		var seg string
		seg, rest, _ = strings.Cut(rest, "/")
		switch seg {
		case "..":
			return msg + `, without ".." segments`
		case "", ".":
		default:
			if want != "" {
				var w string
				w, want, _ = strings.Cut(want, "/")
				if seg != w {
					return msg
				}
			}
		}
		if rest == "" {
			break
		}
	}
	if want != "" {
		return msg
	}
	return ""
}

// isControl reports whether r is an ASCII control character.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f
}
