//! The garbage-collected heap: a precise, non-moving mark-sweep collector.
//!
//! Every heap cell starts with a [`Header`] whose vtable knows how to trace,
//! measure and drop the cell. Cells never move, so a `Gc<T>` is a plain
//! pointer and a map check is one pointer compare.
//!
//! ## Where roots come from
//! Collections happen only at *safepoints* (function entry and loop back
//! edges in the interpreter, see `Heap::collection_due`; loop back edges in
//! optimized code, which test `collection_requested`), never in the middle
//! of a builtin. At a safepoint the roots are:
//! 1. the VM value stack and every interpreter frame (precise),
//! 2. the realm's intrinsics, the module cache and other runtime tables,
//! 3. a *conservative* scan of the native stack, as JavaScriptCore does: any
//!    word that looks like a pointer into a live cell (raw, or NaN-boxed)
//!    keeps that cell alive. This covers Rust locals of builtins that called
//!    back into JavaScript and, later, values that optimized code keeps in
//!    spill slots and callee-saved registers.
//!
//! Invariant: a builtin that calls back into JavaScript must not keep
//! `Value`s only in Rust heap memory (a `Vec<Value>`) across that call; it
//! keeps them on the native stack, in a JS object, or in `Vm::temp_roots`.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::value::Value;

/// Per-type operations of a heap cell.
pub struct CellVTable {
    pub name: &'static str,
    /// Size of the cell body in the heap (without external buffers).
    body_size: usize,
    trace: unsafe fn(*const Header, &mut Tracer),
    drop: unsafe fn(*mut Header),
    size: unsafe fn(*const Header) -> usize,
}

#[repr(C)]
pub struct Header {
    vtable: &'static CellVTable,
    marked: Cell<bool>,
}

impl Header {
    pub fn new<T: HeapCell>() -> Header {
        Header {
            vtable: T::VTABLE,
            marked: Cell::new(false),
        }
    }

    /// The cell's type name (`HeapCell::NAME`).
    pub fn type_name(&self) -> &'static str {
        self.vtable.name
    }
}

/// A type that lives in the GC heap. Implementors are `#[repr(C)]` with a
/// `Header` as their first field.
pub trait HeapCell: Trace + Sized + 'static {
    const NAME: &'static str;
    const VTABLE: &'static CellVTable = &CellVTable {
        name: Self::NAME,
        body_size: std::mem::size_of::<Self>(),
        trace: trace_cell::<Self>,
        drop: drop_cell::<Self>,
        size: size_cell::<Self>,
    };
    /// Bytes owned outside the cell itself (vectors), for heap accounting.
    fn external_bytes(&self) -> usize {
        0
    }
}

unsafe fn trace_cell<T: HeapCell>(h: *const Header, t: &mut Tracer) {
    unsafe { (*(h as *const T)).trace(t) }
}
unsafe fn drop_cell<T: HeapCell>(h: *mut Header) {
    unsafe { drop(Box::from_raw(h as *mut T)) }
}
unsafe fn size_cell<T: HeapCell>(h: *const Header) -> usize {
    std::mem::size_of::<T>() + unsafe { (*(h as *const T)).external_bytes() }
}

pub trait Trace {
    fn trace(&self, tracer: &mut Tracer);
}

/// Marks cells and remembers which still have to be scanned.
pub struct Tracer {
    worklist: Vec<*const Header>,
}

impl Tracer {
    #[inline]
    pub fn value(&mut self, v: Value) {
        if v.is_cell() {
            self.mark(v.cell_addr() as *const Header);
        }
    }
    #[inline]
    pub fn cell<T: HeapCell>(&mut self, c: Gc<T>) {
        self.mark(c.ptr.as_ptr() as *const Header);
    }
    #[inline]
    pub fn values(&mut self, vs: &[Value]) {
        for v in vs {
            self.value(*v);
        }
    }
    #[inline]
    fn mark(&mut self, h: *const Header) {
        let header = unsafe { &*h };
        if !header.marked.get() {
            header.marked.set(true);
            self.worklist.push(h);
        }
    }
}

/// A pointer to a heap cell. Copy, compared by identity.
pub struct Gc<T> {
    ptr: NonNull<T>,
    _marker: PhantomData<T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ptr.hash(state)
    }
}
impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.ptr)
    }
}

impl<T> Gc<T> {
    /// # Safety
    /// `addr` must be the address of a live cell of type `T`.
    #[inline]
    pub unsafe fn from_addr(addr: usize) -> Gc<T> {
        Gc {
            ptr: unsafe { NonNull::new_unchecked(addr as *mut T) },
            _marker: PhantomData,
        }
    }
    #[inline]
    pub fn addr(self) -> usize {
        self.ptr.as_ptr() as usize
    }
    #[inline]
    pub fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }
}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        unsafe { self.ptr.as_ref() }
    }
}

// Single-threaded engine: a cell is mutated through any of its `Gc`s, the
// way C++ engines mutate through raw pointers. Callers never hold two
// overlapping `&mut` to one cell across a call that could touch it.
impl<T> std::ops::DerefMut for Gc<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        unsafe { self.ptr.as_mut() }
    }
}

/// Statistics printed by `--trace-gc`.
#[derive(Default, Clone, Copy)]
pub struct GcStats {
    pub collections: u64,
    pub freed_cells: u64,
}

pub struct Heap {
    cells: Vec<*mut Header>,
    /// Bytes allocated since the last collection.
    allocated_since_gc: usize,
    /// Bytes live after the last collection plus allocated since.
    live_bytes: usize,
    next_gc_at: usize,
    /// Whether the next safepoint should collect, kept as a byte optimized
    /// code can test in place (updated at each allocation).
    collection_requested: bool,
    /// `--gc-stress`: collect at every safepoint after an allocation.
    pub stress: bool,
    /// `--max-heap-size`, in bytes.
    pub limit: usize,
    /// Highest native stack address the conservative scan covers.
    stack_top: usize,
    pub stats: GcStats,
}

const MIN_GC_THRESHOLD: usize = 8 << 20;

impl Heap {
    pub fn new(stack_top: usize) -> Heap {
        Heap {
            cells: Vec::new(),
            allocated_since_gc: 0,
            live_bytes: 0,
            next_gc_at: MIN_GC_THRESHOLD,
            collection_requested: false,
            stress: false,
            limit: 4 << 30,
            stack_top,
            stats: GcStats::default(),
        }
    }

    #[inline]
    pub fn alloc<T: HeapCell>(&mut self, cell: T) -> Gc<T> {
        let size = std::mem::size_of::<T>() + cell.external_bytes();
        let ptr = Box::into_raw(Box::new(cell));
        self.cells.push(ptr as *mut Header);
        self.note_allocation(size);
        Gc {
            ptr: unsafe { NonNull::new_unchecked(ptr) },
            _marker: PhantomData,
        }
    }

    /// Accounts memory a cell grew by outside the heap (vector growth).
    #[inline]
    pub fn note_allocation(&mut self, bytes: usize) {
        self.allocated_since_gc += bytes;
        self.live_bytes += bytes;
        self.collection_requested =
            self.live_bytes >= self.next_gc_at || (self.stress && self.allocated_since_gc > 0);
    }

    /// Where optimized code reads whether a collection is due.
    pub fn collection_requested_flag(&self) -> *const bool {
        &self.collection_requested
    }

    /// Whether the next safepoint should collect.
    #[inline]
    pub fn collection_due(&self) -> bool {
        self.collection_requested
    }

    /// Whether even a collection could not bring the heap under its limit
    /// soon enough: the allocation that tips it over is fatal.
    pub fn over_hard_limit(&self) -> bool {
        self.live_bytes > self.limit.saturating_mul(2)
    }

    pub fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    /// Runs a collection. `trace_roots` reports the precise roots; the
    /// native stack is scanned conservatively here.
    pub fn collect(&mut self, trace_roots: impl FnOnce(&mut Tracer), sweep_weak: impl FnOnce()) {
        let mut tracer = Tracer {
            worklist: Vec::with_capacity(1024),
        };
        trace_roots(&mut tracer);
        self.scan_native_stack(&mut tracer);
        while let Some(h) = tracer.worklist.pop() {
            unsafe { ((*h).vtable.trace)(h, &mut tracer) };
        }
        sweep_weak();
        let mut live = 0usize;
        let before = self.cells.len();
        self.cells.retain(|&h| unsafe {
            if (*h).marked.get() {
                (*h).marked.set(false);
                live += ((*h).vtable.size)(h);
                true
            } else {
                ((*h).vtable.drop)(h);
                false
            }
        });
        self.stats.collections += 1;
        self.stats.freed_cells += (before - self.cells.len()) as u64;
        self.live_bytes = live;
        self.allocated_since_gc = 0;
        self.next_gc_at = (live * 2).max(MIN_GC_THRESHOLD);
        self.collection_requested = false;
    }

    /// Whether a cell is marked (for weak tables during `sweep_weak`).
    pub fn is_marked<T>(cell: Gc<T>) -> bool {
        unsafe { (*(cell.as_ptr() as *const Header)).marked.get() }
    }

    #[inline(never)]
    fn scan_native_stack(&mut self, tracer: &mut Tracer) {
        let registers = spill_callee_saved_registers();
        let mut sorted: Vec<(usize, usize)> = self
            .cells
            .iter()
            .map(|&h| (h as usize, unsafe { (*h).vtable.body_size }))
            .collect();
        sorted.sort_unstable_by_key(|c| c.0);
        // A word keeps a cell alive if it points anywhere into the cell's
        // body, raw or NaN-boxed (tag bits stripped).
        let mut visit = |word: usize| {
            for candidate in [word, word & ((1usize << 48) - 1)] {
                let i = sorted.partition_point(|c| c.0 <= candidate);
                if i > 0 {
                    let (start, size) = sorted[i - 1];
                    if candidate < start + size {
                        tracer.mark(start as *const Header);
                    }
                }
            }
        };
        for r in registers {
            visit(r);
        }
        let here = &registers as *const _ as usize;
        let mut p = here & !7;
        while p < self.stack_top {
            visit(unsafe { *(p as *const usize) });
            p += 8;
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &h in &self.cells {
            unsafe { ((*h).vtable.drop)(h) };
        }
    }
}

/// Copies the callee-saved registers to memory so that the conservative
/// scan sees pointers that live only in registers.
#[inline(never)]
fn spill_callee_saved_registers() -> [usize; 8] {
    let mut regs = [0usize; 8];
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
        );
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]", "stp x25, x26, [{0}, #48]",
            in(reg) regs.as_mut_ptr(),
        );
    }
    std::hint::black_box(regs)
}

/// The current approximate native stack pointer.
#[inline(always)]
pub fn approximate_stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
