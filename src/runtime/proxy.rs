//! Proxy exotic objects (ECMA-262 §10.5). Each internal method looks up its
//! trap on the handler. Without one it forwards to the target; with one it
//! calls the trap and then checks the answer against what the target
//! guarantees (a non-configurable property or a non-extensible target
//! cannot be lied about), throwing V8's messages.
//!
//! A proxy is an object whose class is `ObjectClass::Proxy`; its map has no
//! properties and a null prototype, so inline caches never cache it and
//! every access reaches the dispatchers in `property.rs`, which come here.

use std::collections::HashSet;

use super::descriptor::{self, PropertyDescriptor};
use super::function::JsResult;
use super::heap::Gc;
use super::map::Attrs;
use super::object::{AccessorPair, JsObject, ObjectClass};
use super::property::{Key, Own, SetFailure, key_roots};
use super::value::Value;
use super::vm::Vm;

/// The target and handler of a proxy (both null once revoked), or None for
/// any other object.
pub fn parts(o: Gc<JsObject>) -> Option<(Value, Value)> {
    match o.class {
        ObjectClass::Proxy {
            target, handler, ..
        } => Some((target, handler)),
        _ => None,
    }
}

pub fn is_proxy(o: Gc<JsObject>) -> bool {
    matches!(o.class, ObjectClass::Proxy { .. })
}

/// A trap as found: the target (an object), the handler it is called on,
/// and the trap function (undefined when the handler has none).
struct Trap {
    target: Gc<JsObject>,
    handler: Value,
    function: Value,
}

impl Vm {
    /// ProxyCreate.
    pub fn new_proxy(&mut self, target: Value, handler: Value) -> JsResult<Value> {
        if !target.is_object() || !handler.is_object() {
            return Err(
                self.type_error("Cannot create proxy with a non-object as target or handler")
            );
        }
        let class = ObjectClass::Proxy {
            target,
            handler,
            callable: self.is_callable(target),
            constructor: self.is_constructor(target),
        };
        Ok(Value::object(
            self.new_object_with_proto(Value::NULL, class),
        ))
    }

    pub fn revoke_proxy(&mut self, mut proxy: Gc<JsObject>) {
        if let ObjectClass::Proxy {
            target, handler, ..
        } = &mut proxy.class
        {
            *target = Value::NULL;
            *handler = Value::NULL;
        }
    }

    /// IsArray: arrays, and proxies whose target is one (a revoked proxy
    /// throws).
    pub fn is_array(&mut self, v: Value) -> JsResult<bool> {
        let Some(o) = v.to_object_opt() else {
            return Ok(false);
        };
        match parts(o) {
            Some((target, _)) if target.is_null() => Err(self.revoked("IsArray")),
            Some((target, _)) => self.is_array(target),
            None => Ok(o.is_array()),
        }
    }

    fn revoked(&mut self, operation: &str) -> super::value::Value {
        self.type_error(&format!(
            "Cannot perform '{operation}' on a proxy that has been revoked"
        ))
    }

    /// GetMethod(handler, name) after the revocation check.
    fn trap(&mut self, proxy: Gc<JsObject>, name: &str) -> JsResult<Trap> {
        let (target, handler) = parts(proxy).expect("proxy");
        if handler.is_null() {
            return Err(self.revoked(name));
        }
        let function = self.get_named(handler, name)?;
        let function = if function.is_nullish() {
            Value::UNDEFINED
        } else if self.is_callable(function) {
            function
        } else {
            let shown = self.to_display_string(function);
            let h = self.object_description(handler);
            return Err(self.type_error(&format!(
                "{shown} returned for property '{name}' of object '{h}' is not a function"
            )));
        };
        Ok(Trap {
            target: target.as_object(),
            handler,
            function,
        })
    }

    fn call_trap(&mut self, trap: &Trap, args: &[Value]) -> JsResult<Value> {
        let mut all = vec![Value::object(trap.target)];
        all.extend_from_slice(args);
        self.call(trap.function, trap.handler, &all)
    }

    fn proxy_error(&mut self, trap: &str, key: Key, message: &str) -> Value {
        let k = self.key_display(key);
        let m = message.replace("{k}", &k);
        self.type_error(&format!("'{trap}' on proxy: {m}"))
    }

    pub fn proxy_get_prototype_of(&mut self, proxy: Gc<JsObject>) -> JsResult<Value> {
        let trap = self.trap(proxy, "getPrototypeOf")?;
        if trap.function.is_undefined() {
            return self.get_prototype_of(trap.target);
        }
        let proto = self.call_trap(&trap, &[])?;
        if !proto.is_object() && !proto.is_null() {
            return Err(
                self.type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
            );
        }
        if self.is_extensible(trap.target)? {
            return Ok(proto);
        }
        if self.get_prototype_of(trap.target)? != proto {
            return Err(self.type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype"));
        }
        Ok(proto)
    }

    pub fn proxy_set_prototype_of(&mut self, proxy: Gc<JsObject>, proto: Value) -> JsResult<bool> {
        let trap = self.trap(proxy, "setPrototypeOf")?;
        if trap.function.is_undefined() {
            return self.set_prototype_of(trap.target, proto);
        }
        let r = self.call_trap(&trap, &[proto])?;
        if !self.to_boolean(r) {
            return Ok(false);
        }
        if self.is_extensible(trap.target)? {
            return Ok(true);
        }
        if self.get_prototype_of(trap.target)? != proto {
            return Err(self.type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target"));
        }
        Ok(true)
    }

    pub fn proxy_is_extensible(&mut self, proxy: Gc<JsObject>) -> JsResult<bool> {
        let trap = self.trap(proxy, "isExtensible")?;
        if trap.function.is_undefined() {
            return self.is_extensible(trap.target);
        }
        let r = self.call_trap(&trap, &[])?;
        let r = self.to_boolean(r);
        let actual = self.is_extensible(trap.target)?;
        if r != actual {
            return Err(self.type_error(&format!("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{actual}')")));
        }
        Ok(r)
    }

    pub fn proxy_prevent_extensions(&mut self, proxy: Gc<JsObject>) -> JsResult<bool> {
        let trap = self.trap(proxy, "preventExtensions")?;
        if trap.function.is_undefined() {
            return self.prevent_extensions(trap.target);
        }
        let r = self.call_trap(&trap, &[])?;
        let r = self.to_boolean(r);
        if r && self.is_extensible(trap.target)? {
            return Err(self.type_error(
                "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible",
            ));
        }
        Ok(r)
    }

    pub fn proxy_get_own_property(
        &mut self,
        proxy: Gc<JsObject>,
        key: Key,
    ) -> JsResult<Option<Own>> {
        const NAME: &str = "getOwnPropertyDescriptor";
        let trap = self.trap(proxy, NAME)?;
        if trap.function.is_undefined() {
            return self.get_own_property(trap.target, key);
        }
        let k = self.key_to_value(key);
        let result = self.call_trap(&trap, &[k])?;
        if !result.is_object() && !result.is_undefined() {
            return Err(self.proxy_error(
                NAME,
                key,
                "trap returned neither object nor undefined for property '{k}'",
            ));
        }
        let target_desc = self.get_own_property(trap.target, key)?;
        if result.is_undefined() {
            let Some(target_desc) = target_desc else {
                return Ok(None);
            };
            if !target_desc.attrs().configurable() {
                return Err(self.proxy_error(NAME, key, "trap returned undefined for property '{k}' which is non-configurable in the proxy target"));
            }
            if !self.is_extensible(trap.target)? {
                return Err(self.proxy_error(NAME, key, "trap returned undefined for property '{k}' which exists in the non-extensible proxy target"));
            }
            return Ok(None);
        }
        let extensible = self.is_extensible(trap.target)?;
        let desc = descriptor::to_property_descriptor(self, result)?;
        let own = complete(&desc);
        if !descriptor::is_compatible(self, extensible, &desc, target_desc) {
            return Err(self.proxy_error(NAME, key, "trap returned descriptor for property '{k}' that is incompatible with the existing property in the proxy target"));
        }
        if !own.attrs().configurable() {
            match target_desc {
                Some(t) if !t.attrs().configurable() => {
                    // The completed descriptor: an absent writable is false.
                    if matches!(own, Own::Data(_, a) if !a.writable())
                        && matches!(t, Own::Data(_, a) if a.writable())
                    {
                        return Err(self.proxy_error(NAME, key, "trap reported non-configurable and writable for property '{k}' which is non-configurable, non-writable in the proxy target"));
                    }
                }
                _ => {
                    return Err(self.proxy_error(NAME, key, "trap reported non-configurability for property '{k}' which is either non-existent or configurable in the proxy target"));
                }
            }
        }
        Ok(Some(own))
    }

    /// [[DefineOwnProperty]]; Ok(false) when the trap refused.
    pub fn proxy_define_own_property(
        &mut self,
        proxy: Gc<JsObject>,
        key: Key,
        desc: &PropertyDescriptor,
    ) -> JsResult<bool> {
        const NAME: &str = "defineProperty";
        let trap = self.trap(proxy, NAME)?;
        if trap.function.is_undefined() {
            return Ok(descriptor::define_own_property(self, trap.target, key, desc)?.is_ok());
        }
        let k = self.key_to_value(key);
        let desc_object = descriptor::descriptor_object(self, desc);
        let r = self.call_trap(&trap, &[k, desc_object])?;
        if !self.to_boolean(r) {
            return Ok(false);
        }
        let target_desc = self.get_own_property(trap.target, key)?;
        let extensible = self.is_extensible(trap.target)?;
        let setting_non_configurable = desc.configurable == Some(false);
        match target_desc {
            None => {
                if !extensible {
                    return Err(self.proxy_error(NAME, key, "trap returned truish for adding property '{k}'  to the non-extensible proxy target"));
                }
                if setting_non_configurable {
                    return Err(self.proxy_error(NAME, key, "trap returned truish for defining non-configurable property '{k}' which is either non-existent or configurable in the proxy target"));
                }
            }
            Some(t) => {
                if !descriptor::is_compatible(self, extensible, desc, Some(t)) {
                    return Err(self.proxy_error(NAME, key, "trap returned truish for adding property '{k}'  that is incompatible with the existing property in the proxy target"));
                }
                if setting_non_configurable && t.attrs().configurable() {
                    return Err(self.proxy_error(NAME, key, "trap returned truish for defining non-configurable property '{k}' which is either non-existent or configurable in the proxy target"));
                }
                if let Own::Data(_, a) = t
                    && !a.configurable()
                    && a.writable()
                    && desc.writable == Some(false)
                {
                    return Err(self.proxy_error(NAME, key, "trap returned truish for defining non-configurable property '{k}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object."));
                }
            }
        }
        Ok(true)
    }

    pub fn proxy_has(&mut self, proxy: Gc<JsObject>, key: Key) -> JsResult<bool> {
        let trap = self.trap(proxy, "has")?;
        if trap.function.is_undefined() {
            return self.has_property(trap.target, key);
        }
        let k = self.key_to_value(key);
        let r = self.call_trap(&trap, &[k])?;
        let r = self.to_boolean(r);
        if !r && let Some(t) = self.get_own_property(trap.target, key)? {
            if !t.attrs().configurable() {
                return Err(self.proxy_error("has", key, "trap returned falsish for property '{k}' which exists in the proxy target as non-configurable"));
            }
            if !self.is_extensible(trap.target)? {
                return Err(self.proxy_error(
                    "has",
                    key,
                    "trap returned falsish for property '{k}' but the proxy target is not extensible",
                ));
            }
        }
        Ok(r)
    }

    pub fn proxy_get(&mut self, proxy: Gc<JsObject>, key: Key, receiver: Value) -> JsResult<Value> {
        let trap = self.trap(proxy, "get")?;
        if trap.function.is_undefined() {
            return self.get_from(trap.target, key, receiver);
        }
        let k = self.key_to_value(key);
        let v = self.call_trap(&trap, &[k, receiver])?;
        match self.get_own_property(trap.target, key)? {
            Some(Own::Data(actual, a))
                if !a.configurable() && !a.writable() && !self.same_value(v, actual) =>
            {
                let (expected, got) = (self.to_display_string(actual), self.to_display_string(v));
                Err(self.proxy_error("get", key, &format!("property '{{k}}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{expected}' but got '{got}')")))
            }
            Some(Own::Accessor(pair, a))
                if !a.configurable() && pair.getter.is_undefined() && !v.is_undefined() =>
            {
                let got = self.to_display_string(v);
                Err(self.proxy_error("get", key, &format!("property '{{k}}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{got}')")))
            }
            _ => Ok(v),
        }
    }

    pub fn proxy_set(
        &mut self,
        proxy: Gc<JsObject>,
        key: Key,
        v: Value,
        receiver: Value,
    ) -> JsResult<Result<(), SetFailure>> {
        let trap = self.trap(proxy, "set")?;
        if trap.function.is_undefined() {
            return self.set_property(trap.target, key, v, receiver);
        }
        let k = self.key_to_value(key);
        let r = self.call_trap(&trap, &[k, v, receiver])?;
        if !self.to_boolean(r) {
            return Ok(Err(SetFailure::TrapReturnedFalse));
        }
        match self.get_own_property(trap.target, key)? {
            Some(Own::Data(actual, a))
                if !a.configurable() && !a.writable() && !self.same_value(v, actual) =>
            {
                Err(self.proxy_error("set", key, "trap returned truish for property '{k}' which exists in the proxy target as a non-configurable and non-writable data property with a different value"))
            }
            Some(Own::Accessor(pair, a)) if !a.configurable() && pair.setter.is_undefined() => {
                Err(self.proxy_error("set", key, "trap returned truish for property '{k}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter"))
            }
            _ => Ok(Ok(())),
        }
    }

    pub fn proxy_delete(&mut self, proxy: Gc<JsObject>, key: Key, strict: bool) -> JsResult<bool> {
        const NAME: &str = "deleteProperty";
        let trap = self.trap(proxy, NAME)?;
        if trap.function.is_undefined() {
            return self.delete(trap.target, key, strict);
        }
        let k = self.key_to_value(key);
        let r = self.call_trap(&trap, &[k])?;
        if !self.to_boolean(r) {
            if strict {
                return Err(self.proxy_error(
                    NAME,
                    key,
                    "trap returned falsish for property '{k}'",
                ));
            }
            return Ok(false);
        }
        let Some(t) = self.get_own_property(trap.target, key)? else {
            return Ok(true);
        };
        if !t.attrs().configurable() {
            return Err(self.proxy_error(
                NAME,
                key,
                "trap returned truish for property '{k}' which is non-configurable in the proxy target",
            ));
        }
        if !self.is_extensible(trap.target)? {
            return Err(self.proxy_error(
                NAME,
                key,
                "trap returned truish for property '{k}' but the proxy target is non-extensible",
            ));
        }
        Ok(true)
    }

    pub fn proxy_own_keys(&mut self, proxy: Gc<JsObject>) -> JsResult<Vec<Key>> {
        let trap = self.trap(proxy, "ownKeys")?;
        if trap.function.is_undefined() {
            return self.own_property_keys(trap.target);
        }
        let list = self.call_trap(&trap, &[])?;
        // The trap's array holds the keys alive while they are checked.
        let keys = self.with_roots(&[list], |vm| vm.property_key_list(list))?;
        self.with_roots(&key_roots(&keys), |vm| vm.check_own_keys(trap.target, keys))
    }

    /// CreateListFromArrayLike(list, « String, Symbol ») without duplicates.
    fn property_key_list(&mut self, list: Value) -> JsResult<Vec<Key>> {
        if !list.is_object() {
            return Err(self.type_error("CreateListFromArrayLike called on non-object"));
        }
        let len = super::builtins::length_of_array_like(self, list)? as u32;
        let mut keys = Vec::with_capacity(len.min(1 << 16) as usize);
        let mut seen = HashSet::new();
        for i in 0..len {
            let v = self.get(list, Key::Index(i))?;
            if !v.is_string() && !v.is_symbol() {
                let shown = self.to_display_string(v);
                return Err(self.type_error(&format!("{shown} is not a valid property name")));
            }
            let key = self.to_key(v)?;
            if !seen.insert(key) {
                return Err(self.type_error("'ownKeys' on proxy: trap returned duplicate entries"));
            }
            keys.push(key);
        }
        Ok(keys)
    }

    /// The [[OwnPropertyKeys]] invariants: every non-configurable key of
    /// the target is reported, and a non-extensible target's keys exactly.
    fn check_own_keys(&mut self, target: Gc<JsObject>, keys: Vec<Key>) -> JsResult<Vec<Key>> {
        let extensible = self.is_extensible(target)?;
        let target_keys = self.own_property_keys(target)?;
        let mut unchecked: HashSet<Key> = keys.iter().copied().collect();
        let mut configurable = Vec::new();
        for k in target_keys {
            match self.get_own_property(target, k)? {
                Some(own) if !own.attrs().configurable() => {
                    if !unchecked.remove(&k) {
                        return Err(self.proxy_error(
                            "ownKeys",
                            k,
                            "trap result did not include '{k}'",
                        ));
                    }
                }
                _ => configurable.push(k),
            }
        }
        if extensible {
            return Ok(keys);
        }
        for k in configurable {
            if !unchecked.remove(&k) {
                return Err(self.proxy_error("ownKeys", k, "trap result did not include '{k}'"));
            }
        }
        if !unchecked.is_empty() {
            return Err(self.type_error(
                "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible",
            ));
        }
        Ok(keys)
    }

    /// [[Call]]: the `apply` trap gets the arguments as an array.
    pub fn proxy_call(
        &mut self,
        proxy: Gc<JsObject>,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let trap = self.trap(proxy, "apply")?;
        if trap.function.is_undefined() {
            return self.call(Value::object(trap.target), this, args);
        }
        let array = Value::object(self.new_array(args.to_vec()));
        self.call_trap(&trap, &[this, array])
    }

    /// [[Construct]]: the `construct` trap must return an object.
    pub fn proxy_construct(
        &mut self,
        proxy: Gc<JsObject>,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        let trap = self.trap(proxy, "construct")?;
        if trap.function.is_undefined() {
            return self.construct(Value::object(trap.target), args, new_target);
        }
        let array = Value::object(self.new_array(args.to_vec()));
        let o = self.call_trap(&trap, &[array, new_target])?;
        if !o.is_object() {
            let shown = self.to_display_string(o);
            return Err(self.type_error(&format!(
                "'construct' on proxy: trap returned non-object ('{shown}')"
            )));
        }
        Ok(o)
    }
}

/// CompletePropertyDescriptor, as the own property it describes.
fn complete(desc: &PropertyDescriptor) -> Own {
    let bit = |on: Option<bool>, b: u8| if on == Some(true) { b } else { 0 };
    let common =
        bit(desc.enumerable, Attrs::ENUMERABLE) | bit(desc.configurable, Attrs::CONFIGURABLE);
    if desc.is_accessor() {
        let pair = AccessorPair {
            getter: desc.get.unwrap_or(Value::UNDEFINED),
            setter: desc.set.unwrap_or(Value::UNDEFINED),
        };
        Own::Accessor(pair, Attrs(common | Attrs::ACCESSOR))
    } else {
        let value = desc.value.unwrap_or(Value::UNDEFINED);
        Own::Data(value, Attrs(common | bit(desc.writable, Attrs::WRITABLE)))
    }
}
