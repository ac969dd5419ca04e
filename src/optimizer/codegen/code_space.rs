//! Executable memory for optimized code. Each code object gets its own
//! pages: written while read-write, then flipped to read-execute before it
//! ever runs (never writable and executable at once), and unmapped when
//! the code is freed after a deopt.

pub struct CodeMemory {
    ptr: *mut u8,
    len: usize,
}

impl CodeMemory {
    /// Copies `code` into fresh pages and makes them executable.
    pub fn new(code: &[u8]) -> Result<CodeMemory, String> {
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
        let len = code.len().max(1).div_ceil(page) * page;
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err("cannot map code memory".into());
        }
        let ptr = ptr as *mut u8;
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), ptr, code.len());
            if libc::mprotect(
                ptr as *mut libc::c_void,
                len,
                libc::PROT_READ | libc::PROT_EXEC,
            ) != 0
            {
                libc::munmap(ptr as *mut libc::c_void, len);
                return Err("cannot make code memory executable".into());
            }
        }
        Ok(CodeMemory { ptr, len })
    }

    pub fn entry(&self) -> *const u8 {
        self.ptr
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        unsafe {
            libc::munmap(self.ptr as *mut libc::c_void, self.len);
        }
    }
}
