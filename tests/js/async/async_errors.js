// Errors in async functions: rejections, try/catch/finally around await.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const fail = (ms, msg) => new Promise((_, rej) => setTimeout(() => rej(new Error(msg)), ms));

async function throwsImmediately() {
  throw new TypeError('sync throw');
}
async function throwsAfterAwait() {
  await delay(1);
  throw new RangeError('late throw');
}
async function throwsPrimitive() {
  await null;
  throw 'a string';
}

console.log('calling throwsImmediately');
const p = throwsImmediately();
console.log('no synchronous exception', p instanceof Promise);

async function main() {
  await p.catch((e) => console.log('1', e.constructor.name, e.message));
  await throwsAfterAwait().catch((e) => console.log('2', e.constructor.name, e.message));
  await throwsPrimitive().catch((e) => console.log('3', typeof e, e));

  try {
    await fail(1, 'awaited rejection');
    console.log('not reached');
  } catch (e) {
    console.log('4 caught', e.message);
  } finally {
    console.log('4 finally');
  }

  try {
    await Promise.reject(undefined);
  } catch (e) {
    console.log('5 rejected with undefined', e);
  }

  try {
    await { then(_, rej) { rej(new Error('thenable rejection')); } };
  } catch (e) {
    console.log('6', e.message);
  }

  async function rethrow() {
    try {
      await fail(1, 'inner');
    } catch (e) {
      console.log('7 inner catch', e.message);
      throw new Error('outer from ' + e.message);
    }
  }
  try {
    await rethrow();
  } catch (e) {
    console.log('7 outer catch', e.message);
  }

  async function finallyOrder() {
    const log = [];
    try {
      log.push('try');
      await delay(1);
      log.push('after await');
      return 'returned';
    } finally {
      log.push('finally');
      await null;
      log.push('finally after await');
      console.log('8', log.join(' > '));
    }
  }
  console.log('8 result', await finallyOrder());

  async function finallyOverridesReturn() {
    try {
      return 'from try';
    } finally {
      return 'from finally';
    }
  }
  console.log('9', await finallyOverridesReturn());

  async function finallyThrowOverrides() {
    try {
      throw new Error('original');
    } finally {
      await null;
      throw new Error('from finally');
    }
  }
  await finallyThrowOverrides().catch((e) => console.log('10', e.message));

  async function swallow() {
    try {
      await fail(1, 'swallowed');
    } finally {
      return 'swallowed by return in finally';
    }
  }
  console.log('11', await swallow());

  async function nested() {
    try {
      try {
        await Promise.reject(new Error('deep'));
      } finally {
        console.log('12 inner finally');
      }
    } catch (e) {
      console.log('12 outer catch', e.message);
      return 'recovered';
    }
  }
  console.log('12', await nested());

  async function refError() {
    await null;
    return notDefinedAnywhere;
  }
  await refError().catch((e) => console.log('13', e.constructor.name, e.message));

  async function awaitInCatch() {
    try {
      throw new Error('first');
    } catch (e) {
      const v = await delay(1, 'awaited in catch');
      return `${e.message} + ${v}`;
    }
  }
  console.log('14', await awaitInCatch());

  const results = [];
  for (const f of [throwsImmediately, throwsAfterAwait, throwsPrimitive]) {
    try {
      await f();
    } catch (e) {
      results.push(e instanceof Error ? e.constructor.name : typeof e);
    }
  }
  console.log('15 loop of failures', results);

  const caught = await Promise.reject(new Error('x')).catch((e) => 'caught ' + e.message);
  console.log('16', caught);
  throw new Error('main fails');
}

main().then(() => console.log('not reached'), (e) => console.log('main rejected:', e.message));
